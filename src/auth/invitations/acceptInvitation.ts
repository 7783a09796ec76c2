// Accepting an invitation: the person sends the token from their link and the password they chose.
// The password rules apply as on every path; the token is cleared in the same save, so the link
// works once. An unknown, used or expired link gets a readable 410 in the reader's language.
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { contextKeys } from '../contextKeys'
import { inRequestTransaction } from '../inRequestTransaction'
import { inReadersLanguage } from '../language'
import { refusePasswordField } from '../passwords/refusePasswordField'
import { storedAccount } from '../passwords/storedAccount'
import { hashToken } from '../tokens'

import { afterInvitationAccepted } from './afterInvitationAccepted'

const refusals = {
  unknown: {
    zh: '邀请链接无效或已经使用过。请联系管理员重新发送邀请。',
    en: 'This invitation link is not valid or has already been used. Ask an administrator to invite you again.',
  },
  expired: {
    zh: '邀请链接已过期（有效期 72 小时）。请联系管理员重新发送邀请。',
    en: 'This invitation link has expired (it lasts 72 hours). Ask an administrator to invite you again.',
  },
}

const refuse = (req: PayloadRequest, reason: keyof typeof refusals) =>
  Response.json(
    { errors: [{ message: inReadersLanguage(req, refusals[reason]) }], reason },
    { status: 410 },
  )

/** JSON from REST clients, or the admin form's `_payload` field: Payload reads both. */
const readBody = async (req: PayloadRequest) => {
  await addDataAndFileToRequest(req)
  const { token, password } = (req.data ?? {}) as { token?: unknown; password?: unknown }
  return { token: typeof token === 'string' ? token : '', password }
}

type Invited = { id: number | string; email?: string; invitationExpiresAt?: string | null }

export const acceptInvitationEndpoint = (now: () => number = Date.now): Endpoint => ({
  path: '/accept-invitation',
  method: 'post',
  handler: async (req) => {
    const { token, password } = await readBody(req)
    const account = token
      ? ((await storedAccount(req, {
          invitationTokenHash: { equals: hashToken(token) },
        })) as Invited | null)
      : null
    if (!account) return refuse(req, 'unknown')
    if (!account.invitationExpiresAt || Date.parse(account.invitationExpiresAt) <= now()) {
      return refuse(req, 'expired')
    }
    if (typeof password !== 'string' || password === '') {
      refusePasswordField(req, 'password', { zh: '请设置密码。', en: 'Choose a password.' })
    }
    await inRequestTransaction(req, async () => {
      req.context[contextKeys.acceptingInvitation] = true
      // system: the token proved who this is; the save clears it, so the link works once
      await req.payload.update({
        collection: 'users',
        id: account.id,
        data: { password, invitationTokenHash: null, invitationExpiresAt: null } as never,
        overrideAccess: true,
        req,
      })
      await afterInvitationAccepted(req, account)
    })
    return Response.json({
      message: inReadersLanguage(req, {
        zh: '密码已设置，请登录。',
        en: 'Your password is set. Please sign in.',
      }),
      next: '/admin/login',
    })
  },
})
