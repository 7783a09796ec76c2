// Staff sessions: they end after 30 idle minutes and 8 hours in all (the clock is moved, never
// waited for), each is listed for its owner and for administrators and can be ended by either,
// the cookie is HttpOnly and SameSite (and Secure behind https), and sign-outs are audited.
import { decodeJwt } from 'jose'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { readAccount } from '@/auth/accountRecord'
import { authClock } from '@/auth/clock'
import { sessionCookies } from '@/auth/sessions/cookies'

import { api, login, sendRest } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let offset = 0

const MINUTE = 60_000

beforeAll(async () => {
  authClock.now = () => Date.now() + offset
  payload = await testPayload()
  staff = await createStaff(payload)
})
afterEach(() => {
  offset = 0
})
afterAll(async () => {
  authClock.now = () => Date.now()
  await closePayload()
})

const isSignedIn = async (token: string) =>
  (await api('GET', '/users/me', { token })).data.user !== null

const storedSessionCount = async (id: number) =>
  (await readAccount(payload, id))?.sessions?.length ?? 0

describe('a session left alone', () => {
  it('ends after 30 idle minutes, and is gone from the account', async () => {
    const token = await login(staff.editor.email, PASSWORD)
    offset = 29 * MINUTE
    expect(await isSignedIn(token)).toBe(true)
    offset = 29 * MINUTE + 31 * MINUTE
    expect(await isSignedIn(token)).toBe(false)
    expect((await api('GET', '/nominations', { token })).status).toBe(403)
    expect(await storedSessionCount(staff.editor.id)).toBe(0)
  })

  it('lives on while used, but not past 8 hours after sign-in', async () => {
    const token = await login(staff.expert.email, PASSWORD)
    for (let minutes = 25; minutes < 8 * 60; minutes += 25) {
      offset = minutes * MINUTE
      expect(await isSignedIn(token), `after ${minutes} minutes`).toBe(true)
    }
    offset = 8 * 60 * MINUTE + MINUTE
    expect(await isSignedIn(token)).toBe(false)
  })
})

describe('active sessions', () => {
  it('are listed for their owner and for administrators, not for anyone else', async () => {
    const first = await login(staff.otherExpert.email, PASSWORD)
    await login(staff.otherExpert.email, PASSWORD)
    const own = await api('GET', `/users/${staff.otherExpert.id}/sessions`, { token: first })
    expect(own.status).toBe(200)
    expect(own.data.sessions).toHaveLength(2)
    expect(own.data.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1)
    const adminToken = await login(staff.admin.email, PASSWORD)
    const asAdmin = await api('GET', `/users/${staff.otherExpert.id}/sessions`, {
      token: adminToken,
    })
    expect(asAdmin.data.sessions).toHaveLength(2)
    const editorToken = await login(staff.editor.email, PASSWORD)
    const asEditor = await api('GET', `/users/${staff.otherExpert.id}/sessions`, {
      token: editorToken,
    })
    expect(asEditor.status).toBe(403)
    expect((await api('GET', `/users/${staff.otherExpert.id}/sessions`)).status).toBe(401)
  })

  it('each can be ended by an administrator, which signs that browser out and is audited', async () => {
    const token = await login(staff.editor.email, PASSWORD)
    const adminToken = await login(staff.admin.email, PASSWORD)
    const { data } = await api('GET', `/users/${staff.editor.id}/sessions`, { token: adminToken })
    const { sid } = decodeJwt(token)
    expect(data.sessions.map(({ id }: { id: string }) => id)).toContain(sid)
    const revoked = await api('DELETE', `/users/${staff.editor.id}/sessions/${sid}`, {
      token: adminToken,
    })
    expect(revoked.status).toBe(200)
    expect(await isSignedIn(token)).toBe(false)
    const { totalDocs } = await payload.count({
      collection: 'audit-log',
      where: {
        action: { equals: 'session-revoked' },
        targetId: { equals: String(staff.editor.id) },
      },
    })
    expect(totalDocs).toBe(1)
    const missing = await api('DELETE', `/users/${staff.editor.id}/sessions/no-such-session`, {
      token: adminToken,
    })
    expect(missing.status).toBe(404)
  })

  it('the owner ends one of their own, and not another account’s', async () => {
    const kept = await login(staff.expert.email, PASSWORD)
    const ended = await login(staff.expert.email, PASSWORD)
    const { data } = await api('GET', `/users/${staff.expert.id}/sessions`, { token: kept })
    const other = data.sessions.find((s: { current: boolean }) => !s.current)
    expect(
      (await api('DELETE', `/users/${staff.expert.id}/sessions/${other.id}`, { token: kept }))
        .status,
    ).toBe(200)
    expect(await isSignedIn(ended)).toBe(false)
    expect(await isSignedIn(kept)).toBe(true)
    const adminSessions = await api('GET', `/users/${staff.admin.id}/sessions`, { token: kept })
    expect(adminSessions.status).toBe(403)
  })
})

describe('signing out', () => {
  it('ends the session and leaves an audit entry', async () => {
    const token = await login(staff.otherExpert.email, PASSWORD)
    const before = await payload.count({
      collection: 'audit-log',
      where: { action: { equals: 'logout' } },
    })
    expect((await api('POST', '/users/logout', { token })).status).toBe(200)
    expect(await isSignedIn(token)).toBe(false)
    const after = await payload.count({
      collection: 'audit-log',
      where: { action: { equals: 'logout' } },
    })
    expect(after.totalDocs).toBe(before.totalDocs + 1)
  })
})

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax', async () => {
    const response = await sendRest(
      new Request('http://localhost:3000/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: staff.editor.email, password: PASSWORD }),
      }),
    )
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).not.toMatch(/Secure/i)
  })

  it('is Secure whenever the public address is https', () => {
    const saved = process.env.LAUREL_PUBLIC_URL
    process.env.LAUREL_PUBLIC_URL = 'https://column.example.gov.cn'
    expect(sessionCookies()).toEqual({ secure: true, sameSite: 'Lax' })
    process.env.LAUREL_PUBLIC_URL = 'http://localhost:3000'
    expect(sessionCookies().secure).toBe(false)
    if (saved === undefined) delete process.env.LAUREL_PUBLIC_URL
    else process.env.LAUREL_PUBLIC_URL = saved
  })
})
