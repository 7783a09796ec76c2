// A deleted document leaves one audit entry, in the deletion's own transaction.
import type { CollectionAfterDeleteHook } from 'payload'

import { titleOf } from './titleOf'
import { writeAuditEntry } from './writeAuditEntry'

export const recordContentDeletion: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  id,
  req,
}) => {
  if (req.context.seeding === true) return
  await writeAuditEntry(req, {
    action: 'delete',
    targetCollection: collection.slug,
    targetId: id,
    targetTitle: titleOf(collection, doc),
  })
}
