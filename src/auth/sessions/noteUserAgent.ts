// Names the browser beside each new session, so its owner can tell sessions apart in the list.
import { decodeJwt } from 'jose'
import type { CollectionAfterLoginHook } from 'payload'

import { updateSession } from './writeSessions'

const MAX_LENGTH = 200

export const noteUserAgent: CollectionAfterLoginHook = async ({ req, token, user }) => {
  const { sid } = decodeJwt(token)
  const agent = req.headers.get('user-agent')
  if (typeof sid === 'string' && agent) {
    await updateSession(req, user.id, sid, (session) => ({
      ...session,
      userAgent: agent.slice(0, MAX_LENGTH),
    }))
  }
  return user
}
