// A sign-out leaves an audit entry, as a sign-in does (src/audit/recordLogin.ts).
import type { CollectionAfterLogoutHook } from 'payload'

import { writeAuditEntry } from '@/audit/writeAuditEntry'

export const recordLogout: CollectionAfterLogoutHook = async ({ collection, req }) => {
  if (!req.user) return
  await writeAuditEntry(req, {
    action: 'logout',
    targetCollection: collection.slug,
    targetId: req.user.id,
    targetTitle: req.user.email,
  })
}
