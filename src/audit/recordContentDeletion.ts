// A deleted document leaves one audit entry, in the deletion's own transaction.
import type { CollectionAfterDeleteHook } from 'payload'

import { writeAuditEntry } from './writeAuditEntry'

export const recordContentDeletion: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (req.context.seeding === true) return
  await writeAuditEntry(req, { action: 'delete', targetCollection: collection.slug, targetId: id })
}
