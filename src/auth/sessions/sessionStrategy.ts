// Payload's JWT sign-in with Laurel's session rules on top: a session idle too long or older than
// its lifetime is ended (removed from the account, so Payload's own strategy after this one finds
// nothing either), and a live one notes when it was last used, at most once a minute.
import { type AuthStrategy, JWTAuthentication } from 'payload'

import { authClock } from '../clock'
import { currentSession, type SessionUser } from './currentSession'
import { sessionHasEnded } from './lifetime'
import { writeSessions } from './writeSessions'

const TOUCH_EVERY_MS = 60_000

export const laurelSessions: AuthStrategy = {
  name: 'laurel-session',
  authenticate: async (args) => {
    const result = await JWTAuthentication({ ...args, strategyName: 'local-jwt' })
    const user = result.user as SessionUser | null
    const session = currentSession(user)
    if (!user || !session) return result
    const now = authClock.now()
    const others = (user.sessions ?? []).filter(({ id }) => id !== session.id)
    if (sessionHasEnded(session, now)) {
      await writeSessions(args.payload, user.id, others)
      return { user: null }
    }
    const lastSeen = session.lastSeenAt ? new Date(session.lastSeenAt).getTime() : 0
    if (now - lastSeen >= TOUCH_EVERY_MS) {
      session.lastSeenAt = new Date(now).toISOString()
      await writeSessions(args.payload, user.id, [...others, session])
    }
    return result
  },
}
