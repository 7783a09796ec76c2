// Which collections and fields each role finds in the admin. Hiding is for clarity, not security
// (access rules decide what anyone may read or write): an expert sees only what they write with.
import type { ClientUser, Condition } from 'payload'

const rolesOf = (user: { roles?: unknown } | null | undefined): unknown[] =>
  Array.isArray(user?.roles) ? user.roles : []

const isStaff = (user: { roles?: unknown } | null | undefined) =>
  rolesOf(user).some((role) => role === 'editor' || role === 'admin')

/** Hidden from everyone but editors and administrators. */
export const hiddenUnlessStaff = ({ user }: { user: ClientUser }) =>
  !isStaff({ roles: user?.roles })

/** Hidden from everyone but administrators. */
export const hiddenUnlessAdmin = ({ user }: { user: ClientUser }) =>
  !rolesOf({ roles: user?.roles }).includes('admin')

/** A field experts never fill in themselves (a hook does it), shown to staff only. */
export const shownToStaff: Condition = (_data, _siblingData, { user }) => isStaff(user)
