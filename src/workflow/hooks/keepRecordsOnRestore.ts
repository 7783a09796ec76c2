// Restoring a version brings back its content, never an older record: the public change notes
// (earlier ones can be neither changed nor removed), the withdrawal notice and the editors'
// remarks stay as they are now.
import type { FieldHook } from 'payload'

/**
 * A list or group field's beforeChange hook: during a restore it keeps the document's current
 * value. Payload takes the other languages of a localized sub-field (a change note's English, a
 * withdrawal reason's) from the restored version, matched by row id; a row or notice newer than
 * that version is missing there, so the current value in every language is handed over instead.
 */
export const keepRecordsOnRestore: FieldHook = async ({
  collection,
  field,
  originalDoc,
  req,
  siblingDocWithLocales,
  value,
}) => {
  const name = 'name' in field ? field.name : undefined
  if (!req.context.isRestoringVersion || !name || !collection || !originalDoc?.id) return value
  // system: reads the document being restored, which the restore's own access check let through.
  const current = await req.payload.findByID({
    collection: collection.slug,
    id: originalDoc.id,
    draft: true,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const rows: unknown = current[name as keyof typeof current]
  if (siblingDocWithLocales) siblingDocWithLocales[name] = rows
  return originalDoc[name] ?? []
}
