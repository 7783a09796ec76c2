// Accounts are private: administrators manage them; editors see the staff list (to pick an
// interpretation's author); everyone else sees only their own account.
import type { Access, FieldAccess } from 'payload'

import { passedSecondFactor } from '@/auth/secondFactor/passedSecondFactor'

import { hasRole, isStaffUser } from './roles'

export const readUsers: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (user) return { id: { equals: user.id } }
  return false
}

// Reading one's own account needs no role (the admin asks for it before the second factor);
// changing it does.
export const updateUsers: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (user && passedSecondFactor(user)) return { id: { equals: user.id } }
  return false
}

/** Only an administrator changes roles, and never their own: nobody raises themselves. */
export const changeRoles: FieldAccess = ({ req: { user }, id }) =>
  hasRole(user, 'admin') && (id === undefined || String(id) !== String(user?.id))
