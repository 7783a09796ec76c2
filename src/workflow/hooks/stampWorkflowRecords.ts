// Who created a document, and when each remark and change note was written, are set by the
// server. Change notes are a public record: earlier ones can be neither changed nor removed.
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

type Row = { id?: string | null; at?: string | null; by?: unknown; note?: unknown; text?: unknown }

const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

export const stampWorkflowRecords: CollectionBeforeChangeHook = ({
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

  if (Array.isArray(data.remarks)) {
    next.remarks = rows(data.remarks).map((row) =>
      row.at ? row : { ...row, by: req.user?.id ?? null, at: now },
    )
  }

  if (Array.isArray(data.changeNotes)) {
    const earlier = rows(originalDoc?.changeNotes)
    const kept = earlier.every((old) =>
      rows(data.changeNotes).some((row) => row.id === old.id && row.at === old.at),
    )
    if (!kept) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'changeNotes',
            message: 'Earlier change notes are a public record and stay as they are.',
          },
        ],
      })
    }
    next.changeNotes = rows(data.changeNotes).map((row) => (row.at ? row : { ...row, at: now }))
  }
  return next
}
