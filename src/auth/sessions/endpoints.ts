// Active sessions, listed for their owner and for administrators, each one revocable:
// GET /api/users/:id/sessions and DELETE /api/users/:id/sessions/:sessionId.
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { passedSecondFactor } from '@/auth/secondFactor/passedSecondFactor'

import { auditAccount } from '../auditAccount'
import { authClock } from '../clock'
import { refuse } from '../words'
import { currentSession, type SessionUser } from './currentSession'
import { sessionHasEnded } from './lifetime'
import { readSessions, writeSessions } from './writeSessions'

/** The account named in the path, when the requester may manage its sessions. */
const managedAccount = (req: PayloadRequest) => {
  const id = String(req.routeParams?.id ?? '')
  const own = passedSecondFactor(req.user) && String(req.user?.id) === id
  return own || hasRole(req.user, 'admin') ? id : null
}

const refused = (req: PayloadRequest) => refuse(req, req.user ? 403 : 401, 'notAllowed')

export const listSessions: Endpoint = {
  path: '/:id/sessions',
  method: 'get',
  handler: async (req) => {
    const id = managedAccount(req)
    if (!id) return refused(req)
    const now = authClock.now()
    const sessions = (await readSessions(req, id))
      .filter((session) => !sessionHasEnded(session, now))
      .map(({ id: sessionId, createdAt, lastSeenAt, secondFactorAt, userAgent }) => ({
        id: sessionId,
        createdAt,
        lastSeenAt: lastSeenAt ?? createdAt,
        secondFactorGiven: Boolean(secondFactorAt),
        userAgent: userAgent ?? null,
        current: currentSession(req.user as SessionUser | null)?.id === sessionId,
      }))
    return Response.json({ sessions })
  },
}

export const revokeSession: Endpoint = {
  path: '/:id/sessions/:sessionId',
  method: 'delete',
  handler: async (req) => {
    const id = managedAccount(req)
    if (!id) return refused(req)
    const sessionId = String(req.routeParams?.sessionId ?? '')
    const sessions = await readSessions(req, id)
    if (!sessions.some((session) => session.id === sessionId)) {
      return refuse(req, 404, 'noSuchSession')
    }
    await writeSessions(
      req.payload,
      id,
      sessions.filter((session) => session.id !== sessionId),
      req,
    )
    await auditAccount(req, 'session-revoked', { id }, { session: sessionId })
    return Response.json({ ok: true })
  },
}

export const sessionEndpoints = [listSessions, revokeSession]
