// A publication or unpublication scheduled in the admin leaves one entry: who scheduled what, for
// when. Payload queues the job straight into the jobs table (no collection hooks run), so the
// admin's server function is where a scheduling is seen (src/app/(payload)/layout.tsx).
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { titleOf } from './titleOf'
import { writeAuditEntry } from './writeAuditEntry'

export type Scheduling = {
  type?: unknown
  date?: unknown
  doc?: { relationTo?: unknown; value?: unknown }
}

/**
 * Records a scheduling that Payload accepted. Cancelling one sends only the job's id (no document,
 * no date) and records nothing.
 */
export const recordScheduling = async (
  payload: Payload,
  user: PayloadRequest['user'],
  headers: Headers,
  scheduling: Scheduling,
) => {
  const { type, doc } = scheduling
  // The admin's server function receives the date as a Date; a test may hand it as text.
  const date = scheduling.date instanceof Date ? scheduling.date.toISOString() : scheduling.date
  const slug = doc?.relationTo
  if (typeof date !== 'string' || typeof slug !== 'string' || doc?.value == null) return
  const collection = payload.collections[slug as CollectionSlug]?.config
  if (!collection || !user) return
  const req = await createLocalReq({ user }, payload)
  req.headers = headers
  // system: the audit log names the scheduled document's title, whatever the scheduler may read
  const stored = await payload.findByID({
    collection: slug as CollectionSlug,
    id: doc.value as number | string,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  await writeAuditEntry(req, {
    action: 'schedule',
    targetCollection: slug,
    targetId: doc.value as number | string,
    targetTitle: titleOf(collection, stored as unknown as Record<string, unknown>),
    detail: { type: type === 'unpublish' ? 'unpublish' : 'publish', at: date },
  })
}
