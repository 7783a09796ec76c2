// Re-sending an invitation that was not accepted in time (or went astray): a new token replaces the
// old one, so only the newest link works, and the e-mail and its audit entry go out as for the
// first. Only administrators; an account that has accepted (no invitation left) is refused.
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import type { User } from '@/payload-types'

import { readAccount } from '../accountRecord'
import { inRequestTransaction } from '../inRequestTransaction'
import { refuse } from '../words'

import { issueInvitation } from './issueInvitation'

type Invited = Pick<User, 'invitationTokenHash' | 'invitationExpiresAt'>

/** The account with its invitation, or the answer that refuses the request. */
const invitedAccount = async (req: PayloadRequest) => {
  if (!hasRole(req.user, 'admin')) return refuse(req, req.user ? 403 : 401, 'notAllowed')
  const account = await readAccount(req.payload, String(req.routeParams?.id ?? ''), req)
  return account ?? refuse(req, 404, 'noSuchAccount')
}

const invitationOf = (account: Invited, now = Date.now()) => ({
  pending: Boolean(account.invitationTokenHash),
  expired:
    Boolean(account.invitationTokenHash) && Date.parse(account.invitationExpiresAt ?? '') <= now,
})

/** Whether an account still has an invitation to accept, for the administrator's account page. */
export const invitationStatusEndpoint: Endpoint = {
  path: '/:id/invitation',
  method: 'get',
  handler: async (req) => {
    const account = await invitedAccount(req)
    if (account instanceof Response) return account
    return Response.json(invitationOf(account))
  },
}

export const resendInvitationEndpoint: Endpoint = {
  path: '/:id/invitation/resend',
  method: 'post',
  handler: async (req) => {
    const account = await invitedAccount(req)
    if (account instanceof Response) return account
    if (!invitationOf(account).pending) return refuse(req, 409, 'noInvitation')
    await inRequestTransaction(req, () =>
      issueInvitation(req, { id: account.id, email: account.email }),
    )
    return Response.json({ pending: true, expired: false })
  },
}
