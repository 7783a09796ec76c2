// Issuing an invitation for an account just created: a fresh token, its hash and end stored on the
// account, the e-mail queued and the audit entry written, all in the creating request's transaction.
import type { PayloadRequest } from 'payload'

import { changeAccount } from '../accountRecord'
import { recordAccountEvent } from '../audit/recordAccountEvents'
import { queueAccountEmail } from '../queueAccountEmail'
import { staffLink } from '../staffLink'
import { hashToken, newToken } from '../tokens'

import { INVITATION_LIFETIME_MS, invitationEmail } from './invitationEmail'

export const invitationPath = (token: string) => `/admin/invitation/${encodeURIComponent(token)}`

export const issueInvitation = async (
  req: PayloadRequest,
  account: { id: number | string; email: string },
  now = Date.now(),
) => {
  const token = newToken()
  // The whole record is written back (see accountRecord.ts); a new token replaces any older one.
  await changeAccount(
    req.payload,
    account.id,
    () => ({
      invitationTokenHash: hashToken(token),
      invitationExpiresAt: new Date(now + INVITATION_LIFETIME_MS).toISOString(),
    }),
    req,
  )
  await queueAccountEmail(
    req,
    invitationEmail(account.email, staffLink(req, invitationPath(token))),
  )
  await recordAccountEvent(req, 'invitation-sent', account)
}
