// The password rules hold on every path that sets a password, through REST and the Local API as
// a real administrator or as the account's owner: at least 12 characters, not a common password,
// not the e-mail name. A refusal names the password field, in the reader's language.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let adminToken: string

const refused = {
  tooShort: ['short-pass', /at least 12 characters/, /至少需要 12 个字符/],
  common: ['qwertyuiop123', /common password/, /常见密码/],
  containsEmailName: ['Pine-Ridge-Kestrel-Newcomer', /name before the @/, /@ 之前的名称/],
} as const

const fieldErrors = (data: Record<string, any>) => data.errors?.[0]?.data?.errors ?? [] // eslint-disable-line @typescript-eslint/no-explicit-any -- Payload's error shape

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  adminToken = await login(staff.admin.email, PASSWORD)
})
afterAll(closePayload)

describe('an administrator creating an account through REST', () => {
  it.each(Object.entries(refused))('is refused a password that breaks %s', async (_, rule) => {
    const [password, english] = rule
    const email = 'newcomer@test.local'
    const { status, data } = await api('POST', '/users', {
      token: adminToken,
      headers: { 'Accept-Language': 'en' },
      json: { email, password, roles: ['editor'] },
    })
    expect(status).toBe(400)
    expect(fieldErrors(data)).toEqual([
      { path: 'password', message: expect.stringMatching(english) },
    ])
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: email } },
    })
    expect(totalDocs).toBe(0)
  })

  it('answers in Chinese by default', async () => {
    for (const [password, , chinese] of Object.values(refused)) {
      const { status, data } = await api('POST', '/users', {
        token: adminToken,
        json: { email: 'newcomer@test.local', password, roles: ['editor'] },
      })
      expect(status).toBe(400)
      expect(fieldErrors(data)[0]?.message).toMatch(chinese)
    }
  })

  it('accepts a long, uncommon password and the demo password', async () => {
    for (const [email, password] of [
      ['first@test.local', 'lantern-over-the-river-26'],
      ['second@test.local', 'laurel-demo-2026'],
    ]) {
      const { status } = await api('POST', '/users', {
        token: adminToken,
        json: { email, password, roles: ['editor'] },
      })
      expect(status).toBe(201)
      expect(await login(email!, password!)).toBeTruthy()
    }
  })
})

describe('the Local API as a real user', () => {
  it.each(Object.entries(refused))(
    'an administrator creating an account: %s refused',
    async (_, rule) => {
      await expect(
        payload.create({
          collection: 'users',
          data: { email: 'newcomer@test.local', password: rule[0], roles: ['expert'] },
          overrideAccess: false,
          user: staff.admin,
        }),
      ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'password' }] } })
    },
  )

  it.each(Object.entries(refused))(
    'the owner changing their password: %s refused, old one kept',
    async (_, rule) => {
      const owner = staff.expert
      const ownRule = rule[0] === refused.containsEmailName[0] ? 'my-expert-passphrase-26' : rule[0]
      await expect(
        payload.update({
          collection: 'users',
          id: owner.id,
          data: { password: ownRule, currentPassword: PASSWORD } as never,
          overrideAccess: false,
          user: owner,
        }),
      ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'password' }] } })
      expect(await login(owner.email, PASSWORD)).toBeTruthy()
    },
  )

  it('an administrator resetting someone else to a common password is refused', async () => {
    await expect(
      payload.update({
        collection: 'users',
        id: staff.editor.id,
        data: { password: '123456789012' },
        overrideAccess: false,
        user: staff.admin,
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect(await login(staff.editor.email, PASSWORD)).toBeTruthy()
  })
})
