// Re-authentication, sign-in timing and the audit of account events, through REST and the Local
// API as real users: one's own password or e-mail changes only with the current password; an
// administrator sets someone else's password without it, and the log says so.
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { passwordWork } from '@/auth/passwords/passwordHash'

import { api, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff

const NEXT_PASSWORD = 'saffron-orchard-window-42'

const entries = async (action: string, targetId: number) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { action: { equals: action }, targetId: { equals: String(targetId) } },
      overrideAccess: true,
    })
  ).docs
const fieldErrors = (data: Record<string, any>) => data.errors?.[0]?.data?.errors ?? [] // eslint-disable-line @typescript-eslint/no-explicit-any -- Payload's error shape
const emailOf = async (id: number) =>
  (await payload.findByID({ collection: 'users', id, overrideAccess: true })).email

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
})
afterAll(closePayload)
afterEach(() => vi.restoreAllMocks())

describe('changing one’s own password or e-mail asks for the current password', () => {
  it.each([
    ['no current password', {}],
    ['a wrong current password', { currentPassword: 'not-my-password-at-all' }],
  ])('REST, %s: 400 at the current-password field, nothing changed', async (_, extra) => {
    const token = await login(staff.expert.email, PASSWORD)
    for (const change of [{ password: NEXT_PASSWORD }, { email: 'renamed@test.local' }]) {
      const { status, data } = await api('PATCH', `/users/${staff.expert.id}`, {
        token,
        headers: { 'Accept-Language': 'en' },
        json: { ...change, ...extra },
      })
      expect(status).toBe(400)
      expect(fieldErrors(data)).toEqual([
        { path: 'currentPassword', message: 'Enter your current password to confirm it is you.' },
      ])
    }
    expect(await emailOf(staff.expert.id)).toBe(staff.expert.email)
    expect(await login(staff.expert.email, PASSWORD)).toBeTruthy()
  })

  it('REST, with the current password: the password changes, and the log says the owner did it', async () => {
    const token = await login(staff.expert.email, PASSWORD)
    const { status } = await api('PATCH', `/users/${staff.expert.id}`, {
      token,
      json: { password: NEXT_PASSWORD, currentPassword: PASSWORD },
    })
    expect(status).toBe(200)
    expect(await login(staff.expert.email, NEXT_PASSWORD)).toBeTruthy()
    const [entry] = await entries('password-change', staff.expert.id)
    expect(entry).toMatchObject({ actorId: String(staff.expert.id), changedFields: ['password'] })
    expect(JSON.stringify(entry)).not.toContain(NEXT_PASSWORD)
  })

  it('Local API as the owner: the e-mail changes only with the current password, and is logged', async () => {
    const owner = staff.otherExpert
    await expect(
      payload.update({
        collection: 'users',
        id: owner.id,
        data: { email: 'moved@test.local' },
        overrideAccess: false,
        user: owner,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'currentPassword' }] } })
    await payload.update({
      collection: 'users',
      id: owner.id,
      data: { email: 'moved@test.local', currentPassword: PASSWORD } as never,
      overrideAccess: false,
      user: owner,
    })
    expect(await emailOf(owner.id)).toBe('moved@test.local')
    expect(await entries('email-change', owner.id)).toHaveLength(1)
  })

  it('an administrator is asked for their own current password too', async () => {
    await expect(
      payload.update({
        collection: 'users',
        id: staff.admin.id,
        data: { password: NEXT_PASSWORD },
        overrideAccess: false,
        user: staff.admin,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'currentPassword' }] } })
  })
})

describe('an administrator setting someone else’s password', () => {
  it('needs no current password, ends that account’s sessions, and is logged as set by them', async () => {
    const editorSession = await login(staff.editor.email, PASSWORD)
    const adminToken = await login(staff.admin.email, PASSWORD)
    const { status } = await api('PATCH', `/users/${staff.editor.id}`, {
      token: adminToken,
      json: { password: NEXT_PASSWORD },
    })
    expect(status).toBe(200)
    expect((await api('GET', '/users/me', { token: editorSession })).data.user).toBeNull()
    const [entry] = await entries('password-set', staff.editor.id)
    expect(entry).toMatchObject({ actorId: String(staff.admin.id), changedFields: ['password'] })
  })
})

describe('signing in with an unknown address costs a password hash', () => {
  it('an unknown address pays for one hash; a known one pays only for its own comparison', async () => {
    const spend = vi.spyOn(passwordWork, 'spendOneHash')
    const unknown = await api('POST', '/users/login', {
      json: { email: 'stranger@test.local', password: 'some-guess-123456' },
    })
    expect(unknown.status).toBe(401)
    expect(spend).toHaveBeenCalledTimes(1)
    const known = await api('POST', '/users/login', {
      json: { email: staff.admin.email, password: 'some-guess-123456' },
    })
    expect(known.status).toBe(401)
    expect(spend).toHaveBeenCalledTimes(1)
  })
})

describe('account events in the audit log', () => {
  it('an account created, unlocked and deleted by an administrator: one entry each', async () => {
    const adminToken = await login(staff.admin.email, PASSWORD)
    const created = await api('POST', '/users', {
      token: adminToken,
      json: { email: 'temporary@test.local', password: NEXT_PASSWORD, roles: ['expert'] },
    })
    expect(created.status).toBe(201)
    const id = created.data.doc.id as number
    const unlocked = await api('POST', '/users/unlock', {
      token: adminToken,
      json: { email: 'temporary@test.local' },
    })
    expect(unlocked.status).toBe(200)
    expect((await api('DELETE', `/users/${id}`, { token: adminToken })).status).toBe(200)
    for (const action of ['account-create', 'unlock', 'account-delete']) {
      const found = await entries(action, id)
      expect(found, action).toHaveLength(1)
      expect(found[0]).toMatchObject({
        actorId: String(staff.admin.id),
        targetTitle: 'temporary@test.local',
      })
    }
  })
})
