// Who may change whose roles, and who may unlock a locked account.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff

const rolesOf = async (id: number) =>
  (await payload.findByID({ collection: 'users', id, overrideAccess: true })).roles

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(closePayload)

describe('the first account of a new installation', () => {
  it('becomes an administrator, whatever roles it asked for', async () => {
    const { status, data } = await api('POST', '/users/first-register', {
      json: { email: 'founder@test.local', password: PASSWORD, roles: ['expert'] },
    })
    expect(status).toBe(200)
    expect(await rolesOf(data.user.id)).toEqual(['admin'])
    staff = await createStaff(payload)
  })

  it('cannot be registered a second time', async () => {
    const { status } = await api('POST', '/users/first-register', {
      json: { email: 'intruder@test.local', password: PASSWORD },
    })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(
      (
        await payload.count({
          collection: 'users',
          where: { email: { equals: 'intruder@test.local' } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('nobody raises their own roles', () => {
  it.each(['expert', 'editor'] as const)(
    'a %s who sends roles: [admin] for themselves keeps their roles',
    async (role) => {
      const token = await login(staff[role].email, PASSWORD)
      const { status } = await api('PATCH', `/users/${staff[role].id}`, {
        token,
        json: { roles: ['admin'] },
      })
      expect(status).toBeLessThan(500)
      expect(await rolesOf(staff[role].id)).toEqual([role])
    },
  )

  it('an administrator cannot change their own roles either', async () => {
    const token = await login(staff.admin.email, PASSWORD)
    await api('PATCH', `/users/${staff.admin.id}`, { token, json: { roles: ['admin', 'expert'] } })
    expect(await rolesOf(staff.admin.id)).toEqual(['admin'])
  })

  it('an administrator changes the roles of someone else', async () => {
    const token = await login(staff.admin.email, PASSWORD)
    const { status } = await api('PATCH', `/users/${staff.otherExpert.id}`, {
      token,
      json: { roles: ['editor'] },
    })
    expect(status).toBe(200)
    expect(await rolesOf(staff.otherExpert.id)).toEqual(['editor'])
  })

  it('an editor cannot give someone else roles', async () => {
    const token = await login(staff.editor.email, PASSWORD)
    const { status } = await api('PATCH', `/users/${staff.expert.id}`, {
      token,
      json: { roles: ['admin'] },
    })
    expect(status).toBe(403)
    expect(await rolesOf(staff.expert.id)).toEqual(['expert'])
  })

  it('a new account created by an editor is refused', async () => {
    const token = await login(staff.editor.email, PASSWORD)
    const { status } = await api('POST', '/users', {
      token,
      json: { email: 'sneaky@test.local', password: PASSWORD, roles: ['admin'] },
    })
    expect(status).toBe(403)
  })
})

describe('locked accounts', () => {
  const lockOut = async (email: string) => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await api('POST', '/users/login', { json: { email, password: 'wrong-password' } })
    }
  }

  it('five wrong passwords lock an account, and even the right password is then refused', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'forgetful@test.local', password: PASSWORD, roles: ['expert'] },
      overrideAccess: true,
    })
    await lockOut('forgetful@test.local')
    const { status } = await api('POST', '/users/login', {
      json: { email: 'forgetful@test.local', password: PASSWORD },
    })
    expect(status).toBe(401)
  })

  it.each(['expert', 'editor'] as const)('a %s cannot unlock it', async (role) => {
    const token = await login(staff[role].email, PASSWORD)
    const { status } = await api('POST', '/users/unlock', {
      token,
      json: { email: 'forgetful@test.local' },
    })
    expect(status).toBe(403)
    const stillLocked = await api('POST', '/users/login', {
      json: { email: 'forgetful@test.local', password: PASSWORD },
    })
    expect(stillLocked.status).toBe(401)
  })

  it('the public cannot unlock it', async () => {
    const { status } = await api('POST', '/users/unlock', {
      json: { email: 'forgetful@test.local' },
    })
    expect(status).toBe(403)
  })

  it('an administrator unlocks it and the owner signs in again', async () => {
    const token = await login(staff.admin.email, PASSWORD)
    const { status } = await api('POST', '/users/unlock', {
      token,
      json: { email: 'forgetful@test.local' },
    })
    expect(status).toBe(200)
    expect(await login('forgetful@test.local', PASSWORD)).toBeTruthy()
  })
})
