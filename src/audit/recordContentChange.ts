// Every save of content leaves one audit entry, written in the save's own transaction: if the
// save fails or is rolled back, so is its entry.
import type { CollectionAfterChangeHook } from 'payload'

import { changedFields } from './changedFields'
import { contentAction } from './contentAction'
import { takeStateBeforeChange } from './rememberStateBeforeChange'
import { titleOf } from './titleOf'
import { readStoredState } from './storedState'
import { writeAuditEntry } from './writeAuditEntry'

export const recordContentChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (req.context.seeding === true) return doc
  const before =
    operation === 'update' ? takeStateBeforeChange(req, collection.slug, doc.id) : undefined
  const after = await readStoredState(req, collection, doc.id)
  const action = contentAction({
    operation,
    // Set by Payload's restoreVersion operation before it runs the update hooks.
    restoring: operation === 'update' && req.context.isRestoringVersion === true,
    wasPublished: before?.published ?? false,
    isPublished: after.published,
    reviewStateBefore: before?.latest.reviewState,
    reviewStateAfter: after.latest.reviewState,
  })
  await writeAuditEntry(req, {
    action,
    targetCollection: collection.slug,
    targetId: doc.id,
    targetTitle: titleOf(collection, after.latest),
    changedFields: changedFields(before?.latest, after.latest),
  })
  return doc
}
