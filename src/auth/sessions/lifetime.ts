// How long a staff session lives: it ends after LAUREL_SESSION_IDLE_MINUTES without a request
// (default 30) and LAUREL_SESSION_MAX_HOURS after sign-in whatever happens (default 8), as a
// graded-protection assessment expects of an administrative account.
import type { StaffSession } from './currentSession'

const minutes = (name: string, fallback: number, unit: number) => {
  const value = Number(process.env[name])
  return (Number.isFinite(value) && value > 0 ? value : fallback) * unit
}

export const idleLimitMs = () => minutes('LAUREL_SESSION_IDLE_MINUTES', 30, 60_000)
export const lifetimeMs = () => minutes('LAUREL_SESSION_MAX_HOURS', 8, 3_600_000)

const time = (value: string | null | undefined) => (value ? new Date(value).getTime() : NaN)

export const sessionHasEnded = (session: StaffSession, now: number) => {
  const opened = time(session.createdAt)
  const lastSeen = time(session.lastSeenAt) || opened
  return now - lastSeen > idleLimitMs() || now - opened > lifetimeMs()
}
