// Changing an account's list of sessions, as stored now rather than as the request's user object
// remembers it.
import type { Payload, PayloadRequest } from 'payload'

import { changeAccount, readAccount } from '../accountRecord'
import type { StaffSession } from './currentSession'

export const writeSessions = (
  payload: Payload,
  userId: number | string,
  sessions: StaffSession[],
  req?: PayloadRequest,
) => changeAccount(payload, userId, () => ({ sessions }), req)

export const readSessions = async (req: PayloadRequest, userId: number | string) =>
  (await readAccount(req.payload, userId, req))?.sessions ?? []

/** Changes one session of the account; a change that answers null ends the session. */
export const updateSession = (
  req: PayloadRequest,
  userId: number | string,
  sessionId: string,
  change: (session: StaffSession) => StaffSession | null,
) =>
  changeAccount(
    req.payload,
    userId,
    ({ sessions }) => ({
      sessions: (sessions ?? []).flatMap((session) => {
        if (session.id !== sessionId) return [session]
        const changed = change(session)
        return changed ? [changed] : []
      }),
    }),
    req,
  )
