// Who created a document, and when each remark and change note was written, are set by the
// server. Change notes are a public record: earlier ones can be neither changed nor removed.
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { languageOf } from '../language'
import { refusals } from '../messages'

import type { WorkflowDocument } from '../types'

export const stampWorkflowRecords: CollectionBeforeChangeHook<WorkflowDocument> = ({
  data,
  operation,
  originalDoc,
  req,
  collection,
}) => {
  // A restore keeps the lists as they are now (keepRecordsOnRestore.ts): nothing to stamp.
  if (req.context.isRestoringVersion) return data
  const now = new Date().toISOString()
  const next = { ...data }
  if (operation === 'create' && req.user) next.createdBy = req.user.id

  if (data.remarks) {
    next.remarks = data.remarks.map((row) =>
      row.at ? row : { ...row, by: req.user?.id ?? null, at: now },
    )
  }

  const notes = data.changeNotes
  if (notes) {
    const earlier = originalDoc?.changeNotes ?? []
    const kept = earlier.every((old) => notes.some((row) => row.id === old.id && row.at === old.at))
    if (!kept) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'changeNotes',
            message: refusals.changeNotesKept[languageOf(req)],
          },
        ],
        req,
      })
    }
    next.changeNotes = notes.map((row) => (row.at ? row : { ...row, at: now }))
  }
  return next
}
