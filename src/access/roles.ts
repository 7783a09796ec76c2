// A role is what a signed-in member of staff may do: administrators run the site, editors of the
// publicity office publish, invited experts write interpretations for review.
import type { PayloadRequest } from 'payload'

import { passedSecondFactor } from '@/auth/secondFactor/passedSecondFactor'

export const roles = ['admin', 'editor', 'expert'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

/** A role counts only once the session has given its second factor, where one is needed. */
export const hasRole = (user: MaybeUser, ...wanted: Role[]): boolean =>
  Boolean(
    user &&
    user.collection === 'users' &&
    user.roles?.some((role) => wanted.includes(role)) &&
    passedSecondFactor(user),
  )

export const isStaffUser = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')
