// A sign-in to the admin or the API leaves one entry: who signed in, when and from where. It is
// written in the sign-in's transaction, with the request already signed in as that account.
import type { CollectionAfterLoginHook } from 'payload'

import { writeAuditEntry } from './writeAuditEntry'

export const recordLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  await writeAuditEntry(req, {
    action: 'login',
    targetCollection: collection.slug,
    targetId: user.id,
    targetTitle: typeof user.email === 'string' ? user.email : null,
  })
  // Payload signs in whichever account the last afterLogin hook returns.
  return user
}
