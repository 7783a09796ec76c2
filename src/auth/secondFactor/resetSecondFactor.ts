// An administrator's reset of someone's lost authenticator: the factor and its recovery codes are
// gone and every session of the account ends, so its owner signs in again and enrols anew.
import type { Endpoint } from 'payload'

import { hasRole } from '@/access/roles'

import { auditAccount } from '../auditAccount'
import { changeAccount, readAccount } from '../accountRecord'
import { refuse } from '../words'
import { NO_FACTOR } from './accountFactor'

export const resetSecondFactor: Endpoint = {
  path: '/:id/second-factor/reset',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return refuse(req, req.user ? 403 : 401, 'notAllowed')
    const id = String(req.routeParams?.id ?? '')
    if (id === String(req.user?.id)) return refuse(req, 403, 'ownReset')
    const account = await readAccount(req.payload, id, req)
    if (!account) return refuse(req, 404, 'noSuchAccount')
    await changeAccount(
      req.payload,
      account.id,
      () => ({ secondFactor: NO_FACTOR, sessions: [] }),
      req,
    )
    await auditAccount(req, 'second-factor-reset', account)
    return Response.json({ ok: true })
  },
}
