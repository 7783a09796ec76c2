// The one question every role check asks first: has this request's session given its second
// factor, where one is needed? An enrolled account always needs it; an unenrolled one only when
// LAUREL_STAFF_2FA is `required`. A user object without a session (no `_sid`) has not given it.
import type { PayloadRequest } from 'payload'

import { currentSession } from '../sessions/currentSession'
import { secondFactorMode } from './mode'

type MaybeUser = PayloadRequest['user'] | null | undefined

export const isEnrolled = (user: MaybeUser) =>
  Boolean(user && 'secondFactor' in user && user.secondFactor?.enrolledAt)

export const passedSecondFactor = (user: MaybeUser): boolean => {
  if (!user) return false
  if (!isEnrolled(user) && secondFactorMode() === 'optional') return true
  return Boolean(currentSession(user)?.secondFactorAt)
}

/** Signed in with the password but still owing the second factor. */
export const owesSecondFactor = (user: MaybeUser) => Boolean(user) && !passedSecondFactor(user)
