// Experts write interpretations for review: they see and change only their own pieces and never
// publish or delete; editors do everything.
import type { Access, Where } from 'payload'

import { hasRole, isStaffUser } from './roles'

const publishes = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  (data as { _status?: unknown })._status === 'published'

export const readInterpretation: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  const published = { _status: { equals: 'published' } }
  if (user && hasRole(user, 'expert')) {
    return { or: [published, { author: { equals: user.id } }] }
  }
  return published
}

export const createInterpretation: Access = ({ req: { user }, data }) => {
  if (isStaffUser(user)) return true
  return hasRole(user, 'expert') && !publishes(data)
}

export const updateInterpretation: Access = ({ req: { user }, data }) => {
  if (isStaffUser(user)) return true
  if (!user || !hasRole(user, 'expert') || publishes(data)) return false
  // Once submitted, the piece is the editors' until they send it back; once published, it speaks
  // for the district and only editors correct it.
  const ownAndEditable: Where[] = [
    { author: { equals: user.id } },
    { reviewState: { in: ['draft', 'rejected'] } },
  ]
  return { and: ownAndEditable }
}
