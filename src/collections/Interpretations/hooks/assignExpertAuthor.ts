import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/access/roles'

/** An expert always writes under their own name; only editors may set another author. */
export const assignExpertAuthor: CollectionBeforeChangeHook = ({
  data,
  req,
  operation,
  originalDoc,
}) => {
  if (!req.user || isStaffUser(req.user)) return data
  if (operation === 'create') return { ...data, author: req.user.id }
  return { ...data, author: originalDoc?.author }
}
