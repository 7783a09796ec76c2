// Password recovery through REST with a real SMTP server: the same answer for known and unknown
// addresses, the e-mail sent by the jobs queue (not inside the request), a hashed single-use token
// that lasts at most an hour, and every earlier session of the account ended by the reset.
import { createHash } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { api, login } from '../helpers/http'
import { mailDelivery } from '../helpers/mailQueue'
import { closePayload, testPayload } from '../helpers/payload'
import { type Received, startMailbox } from '../helpers/smtp'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

const port = await vi.hoisted(() =>
  import('../helpers/mailQueue').then((mail) => mail.routeMailToTestPort()),
)

let payload: Payload
let staff: Staff
let mailbox: Awaited<ReturnType<typeof startMailbox>>

const NEW_PASSWORD = 'amber-lighthouse-morning-7'

const deliver = mailDelivery(
  () => payload,
  () => mailbox.received,
)
const queued = async () =>
  (await payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs
const askForRecovery = (email: string) => api('POST', '/users/forgot-password', { json: { email } })
const tokenIn = (mail: Received) => {
  const match = /\/admin\/reset\/([^\s]+)/.exec(mail.text)
  if (!match?.[1]) throw new Error(`no reset link in: ${mail.text}`)
  return decodeURIComponent(match[1])
}
const signedIn = async (token: string) =>
  Boolean((await api('GET', '/users/me', { token })).data.user)
const stored = (id: number) =>
  payload.db.findOne<{
    id: number
    resetPasswordToken?: string
    resetPasswordExpiration?: string
  }>({
    collection: 'users',
    where: { id: { equals: id } },
  })

beforeAll(async () => {
  mailbox = await startMailbox(port)
  payload = await testPayload()
  staff = await createStaff(payload)
})
afterAll(async () => {
  await closePayload()
  await mailbox.close()
})

describe('asking for a recovery link', () => {
  it('answers a known and an unknown address alike, and sends nothing inside the request', async () => {
    const known = await askForRecovery(staff.editor.email)
    const unknown = await askForRecovery('nobody-here@test.local')
    expect(known.status).toBe(200)
    expect(unknown).toEqual(known)
    expect(mailbox.received).toEqual([])
    expect(await queued()).toBe(1)
  })

  it('the queue sends the known address its link, and the unknown one nothing', async () => {
    const mail = await deliver()
    expect(mail.map((m) => m.to)).toEqual([staff.editor.email])
    expect(mail[0]?.subject).toBe('重设密码 / Reset your password')
    expect(mail[0]?.text).toMatch(/一小时内[\s\S]*within one hour/)
  })

  it('the database keeps the hash of the token, valid for at most an hour', async () => {
    const token = tokenIn(mailbox.received.at(-1)!)
    const account = await stored(staff.editor.id)
    expect(account?.resetPasswordToken).not.toBe(token)
    expect(account?.resetPasswordToken).toBe(createHash('sha256').update(token).digest('hex'))
    const lifetime = Date.parse(account!.resetPasswordExpiration!) - Date.now()
    expect(lifetime).toBeGreaterThan(0)
    expect(lifetime).toBeLessThanOrEqual(60 * 60 * 1000)
  })
})

describe('following the link', () => {
  let token: string
  let earlierSessions: string[]

  beforeAll(async () => {
    token = tokenIn(mailbox.received.at(-1)!)
    earlierSessions = [
      await login(staff.editor.email, PASSWORD),
      await login(staff.editor.email, PASSWORD),
    ]
  })

  it('refuses a password that breaks the rules and leaves the link usable', async () => {
    const { status, data } = await api('POST', '/users/reset-password', {
      headers: { 'Accept-Language': 'en' },
      json: { token, password: 'editor-reset-2026' },
    })
    expect(status).toBe(400)
    expect(data.errors[0].data.errors).toEqual([
      { path: 'password', message: expect.stringMatching(/name before the @/) },
    ])
    expect(await signedIn(earlierSessions[0]!)).toBe(true)
  })

  it('sets the new password and ends every earlier session of the account', async () => {
    const { status } = await api('POST', '/users/reset-password', {
      json: { token, password: NEW_PASSWORD },
    })
    expect(status).toBe(200)
    for (const session of earlierSessions) expect(await signedIn(session)).toBe(false)
    expect(await login(staff.editor.email, NEW_PASSWORD)).toBeTruthy()
  })

  it('works once: the same link is refused after', async () => {
    const { status } = await api('POST', '/users/reset-password', {
      json: { token, password: 'another-river-crossing-9' },
    })
    expect(status).toBe(403)
    expect(await login(staff.editor.email, NEW_PASSWORD)).toBeTruthy()
  })

  it('leaves one password-reset entry in the audit log, naming the account', async () => {
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'password-reset' } },
    })
    expect(docs.map((entry) => [entry.targetId, entry.targetTitle])).toEqual([
      [String(staff.editor.id), staff.editor.email],
    ])
  })

  it('a token that was never issued is refused', async () => {
    const { status } = await api('POST', '/users/reset-password', {
      json: { token: 'made-up-token', password: NEW_PASSWORD },
    })
    expect(status).toBe(403)
  })
})
