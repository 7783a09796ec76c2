// A person's identifying details (full name, photo, biography, permalink) are public only when
// they consented. A query on these fields by anyone else is refused, so it cannot confirm a name.
import type { FieldAccess } from 'payload'

import { isStaffUser } from './roles'

export const readIfConsented: FieldAccess = ({ req: { user }, doc }) =>
  isStaffUser(user) || (doc as { consent?: unknown } | undefined)?.consent === true
