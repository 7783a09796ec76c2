import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Editors read everything; everyone else (the public and experts) reads published documents. */
export const publishedOrEditor: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
