// Invitations through REST with a real SMTP server: an administrator creates an account with an
// e-mail and roles only; the person follows the link in the e-mail to choose a password; the link
// is its own token (not recovery's), stored hashed, works once and for 72 hours.
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
let adminToken: string

const CHOSEN = 'willow-bridge-evening-58'

const deliver = mailDelivery(
  () => payload,
  () => mailbox.received,
)
const tokenIn = (mail: Received | undefined) => {
  const match = /\/invitation\/([^\s]+)/.exec(mail?.text ?? '')
  if (!match?.[1]) throw new Error(`no invitation link in: ${mail?.text}`)
  return decodeURIComponent(match[1])
}
const invite = (email: string) =>
  api('POST', '/users', { token: adminToken, json: { email, roles: ['editor'] } })
const accept = (token: string, password: string, language = 'en') =>
  api('POST', '/users/accept-invitation', {
    headers: { 'Accept-Language': language },
    json: { token, password },
  })
const stored = (id: number) =>
  payload.db.findOne<{ id: number } & Record<string, unknown>>({
    collection: 'users',
    where: { id: { equals: id } },
  })
const actionsFor = async (id: number) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: String(id) } },
      sort: 'id',
      overrideAccess: true,
    })
  ).docs.map((entry) => entry.action)

beforeAll(async () => {
  mailbox = await startMailbox(port)
  payload = await testPayload()
  staff = await createStaff(payload)
  adminToken = await login(staff.admin.email, PASSWORD)
})
afterAll(async () => {
  await closePayload()
  await mailbox.close()
})

describe('an administrator invites a new editor, who chooses a password from the e-mail', () => {
  let id: number
  let token: string

  it('creating the account with an e-mail and roles only sends an invitation by the queue', async () => {
    const { status, data } = await invite('newcomer@test.local')
    expect(status).toBe(201)
    id = data.doc.id
    expect(mailbox.received).toEqual([])
    const mail = await deliver()
    expect(mail.map((m) => [m.to, m.subject])).toEqual([
      ['newcomer@test.local', '表彰宣传专栏账号邀请 / Your invitation to Laurel'],
    ])
    token = tokenIn(mail[0])
  })

  it('stores only the hash of its own token, for 72 hours, apart from the recovery token', async () => {
    const account = await stored(id)
    expect(account?.invitationTokenHash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(account?.resetPasswordToken ?? null).toBeNull()
    const lifetime = Date.parse(String(account?.invitationExpiresAt)) - Date.now()
    expect(lifetime).toBeGreaterThan(71 * 3600_000)
    expect(lifetime).toBeLessThanOrEqual(72 * 3600_000)
    const { data } = await api('GET', `/users/${id}`, { token: adminToken })
    expect(data).not.toHaveProperty('invitationTokenHash')
  })

  it('nobody can sign in before the invitation is accepted', async () => {
    const { status } = await api('POST', '/users/login', {
      json: { email: 'newcomer@test.local', password: '' },
    })
    expect(status).toBeGreaterThanOrEqual(400)
  })

  it('a password that breaks the rules is refused at the field, and the link still works', async () => {
    const { status, data } = await accept(token, 'short')
    expect(status).toBe(400)
    expect(data.errors[0].data.errors[0]).toMatchObject({ path: 'password' })
    expect((await stored(id))?.invitationTokenHash).toBeTruthy()
  })

  it('accepting with a good password signs the person in with it', async () => {
    const { status, data } = await accept(token, CHOSEN)
    expect(status).toBe(200)
    expect(data.next).toBe('/admin/login')
    expect(await login('newcomer@test.local', CHOSEN)).toBeTruthy()
  })

  it('the same link is refused after, with a readable 410 in the reader’s language', async () => {
    const english = await accept(token, 'another-good-passphrase-1')
    expect(english.status).toBe(410)
    expect(english.data.errors[0].message).toMatch(/not valid or has already been used/)
    const chinese = await accept(token, 'another-good-passphrase-1', 'zh')
    expect(chinese.data.errors[0].message).toMatch(/无效或已经使用过/)
    expect(await login('newcomer@test.local', CHOSEN)).toBeTruthy()
  })

  it('the audit log tells the story: created, invited, roles, accepted, two sign-ins', async () => {
    expect(await actionsFor(id)).toEqual([
      'account-create',
      'invitation-sent',
      'roles-change',
      'invitation-accepted',
      'login',
      'login',
    ])
  })
})

describe('a link that ran out', () => {
  it('is refused with 410 and says to ask for a new invitation; the password stays unset', async () => {
    const { data } = await invite('late@test.local')
    const token = tokenIn((await deliver())[0])
    await payload.db.updateOne({
      collection: 'users',
      id: data.doc.id,
      data: { invitationExpiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    const late = await accept(token, CHOSEN)
    expect(late.status).toBe(410)
    expect(late.data.errors[0].message).toMatch(/expired \(it lasts 72 hours\)/)
    const { status } = await api('POST', '/users/login', {
      json: { email: 'late@test.local', password: CHOSEN },
    })
    expect(status).toBe(401)
  })

  it('only an administrator invites: an editor creating an account is refused', async () => {
    const editor = await login(staff.editor.email, PASSWORD)
    const { status } = await api('POST', '/users', {
      token: editor,
      json: { email: 'sneaky@test.local', roles: ['editor'] },
    })
    expect(status).toBe(403)
    expect(await deliver()).toEqual([])
  })
})

describe('re-sending an invitation', () => {
  const resend = (id: number, token?: string) =>
    api('POST', `/users/${id}/invitation/resend`, { token, headers: { 'Accept-Language': 'en' } })
  const status = (id: number, token?: string) => api('GET', `/users/${id}/invitation`, { token })

  it('replaces an expired link with a new one that works, audited as invitation-sent', async () => {
    const { data } = await invite('resent@test.local')
    const id: number = data.doc.id
    const first = tokenIn((await deliver())[0])
    await payload.db.updateOne({
      collection: 'users',
      id,
      data: { invitationExpiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    expect((await status(id, adminToken)).data).toEqual({ pending: true, expired: true })

    const { status: code } = await resend(id, adminToken)
    expect(code).toBe(200)
    const second = tokenIn((await deliver())[0])
    expect(second).not.toBe(first)
    expect((await status(id, adminToken)).data).toEqual({ pending: true, expired: false })
    expect((await accept(first, CHOSEN)).status).toBe(410)
    expect((await accept(second, CHOSEN)).status).toBe(200)
    expect((await actionsFor(id)).filter((action) => action === 'invitation-sent')).toHaveLength(2)
  })

  it('refuses an account that has accepted, with a readable 409, and sends nothing', async () => {
    const { data } = await invite('settled@test.local')
    const id: number = data.doc.id
    await accept(tokenIn((await deliver())[0]), CHOSEN)
    const refused = await resend(id, adminToken)
    expect(refused.status).toBe(409)
    expect(refused.data.errors[0].message).toMatch(/already chosen a password/)
    expect((await status(id, adminToken)).data).toEqual({ pending: false, expired: false })
    expect(await deliver()).toEqual([])
  })

  it('is for administrators only: an editor gets 403, nobody signed in 401, and no mail', async () => {
    const { data } = await invite('pending@test.local')
    const id: number = data.doc.id
    await deliver()
    const editor = await login(staff.editor.email, PASSWORD)
    expect((await resend(id, editor)).status).toBe(403)
    expect((await status(id, editor)).status).toBe(403)
    expect((await resend(id)).status).toBe(401)
    expect((await resend(999_999, adminToken)).status).toBe(404)
    expect(await deliver()).toEqual([])
    expect((await actionsFor(id)).filter((action) => action === 'invitation-sent')).toHaveLength(1)
  })
})

describe('what the admin’s invite dialog relies on', () => {
  it('the Local API as an editor refuses an invitation (overrideAccess: false) and sends nothing', async () => {
    const attempt = payload.create({
      collection: 'users',
      data: { email: 'local-sneaky@test.local', roles: ['editor'] } as never,
      user: staff.editor,
      overrideAccess: false,
    })
    await expect(attempt).rejects.toMatchObject({ status: 403 })
    expect(await deliver()).toEqual([])
  })

  it('a taken e-mail and a malformed one get a readable 400 in the reader’s language', async () => {
    const taken = await api('POST', '/users', {
      token: adminToken,
      headers: { 'Accept-Language': 'en' },
      json: { email: staff.editor.email, roles: ['editor'] },
    })
    expect(taken.status).toBe(400)
    expect(JSON.stringify(taken.data)).toMatch(/already registered/i)
    const malformed = await api('POST', '/users', {
      token: adminToken,
      headers: { 'Accept-Language': 'zh' },
      json: { email: 'not-an-address', roles: ['editor'] },
    })
    expect(malformed.status).toBe(400)
    expect(JSON.stringify(malformed.data)).toMatch(/邮箱|电子邮件/)
    expect(await deliver()).toEqual([])
  })
})
