// Every change of what an account may do leaves one audit entry with the roles before and after:
// a new account gains its roles, an administrator changes someone's. Roles are not private.
import type { CollectionAfterChangeHook } from 'payload'

import { inSameTransaction } from './inSameTransaction'
import { writeAuditEntry } from './writeAuditEntry'

const roleList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((role): role is string => typeof role === 'string') : []

const sameRoles = (a: string[], b: string[]) =>
  a.length === b.length && a.every((role) => b.includes(role))

export const recordRolesChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (req.context.seeding === true) return doc
  const from = operation === 'create' ? [] : roleList(previousDoc?.roles)
  // The answer may have been narrowed by `select`; the stored roles are what counts.
  const stored =
    doc.roles ??
    // system: the log records the stored roles, whatever the person saving may read
    (
      await req.payload.findByID({
        collection: 'users',
        id: doc.id,
        depth: 0,
        overrideAccess: true,
        req: inSameTransaction(req),
      })
    ).roles
  const to = roleList(stored)
  if (sameRoles(from, to)) return doc
  await writeAuditEntry(req, {
    action: 'roles-change',
    targetCollection: collection.slug,
    targetId: doc.id,
    targetTitle: typeof doc.email === 'string' ? doc.email : null,
    changedFields: ['roles'],
    detail: { from, to },
  })
  return doc
}
