// A publication or unpublication scheduled in the admin leaves one entry: who scheduled what, for
// when; cancelling it leaves another. Payload queues the job straight into the jobs table (no
// collection hooks run), so the admin's server function is where a scheduling is seen
// (src/app/(payload)/layout.tsx).
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { hasRole } from '@/access/roles'
import { inRequestTransaction } from '@/auth/inRequestTransaction'
import { scheduleOf } from '@/workflow/scheduled'

import { titleOf } from './titleOf'
import { writeAuditEntry } from './writeAuditEntry'

export type Scheduling = {
  deleteID?: unknown
  type?: unknown
  date?: unknown
  doc?: { relationTo?: unknown; value?: unknown }
}

/** Records a scheduling that Payload accepted. */
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

/**
 * Cancels a scheduled publication or unpublication, named by its job, and records who cancelled
 * what was due when, in one transaction. Payload's own handler for a cancellation checks only that
 * the person may use the admin, and then queues an empty job of the same kind after deleting the
 * named one; this takes its place. Those who publish (editors, administrators) may cancel, and only
 * a scheduling of a document they can read; anything else answers as Payload's handler does when it
 * fails, and changes nothing.
 */
export const cancelScheduling = async (
  payload: Payload,
  user: PayloadRequest['user'],
  headers: Headers,
  jobId: unknown,
): Promise<{ error: string } | { message: string }> => {
  const refused = { error: `The scheduled publication ${String(jobId)} was not cancelled.` }
  const isJob = typeof jobId === 'number' || typeof jobId === 'string'
  if (!user || !hasRole(user, 'admin', 'editor') || !isJob) return refused
  const req = await createLocalReq({ user }, payload)
  req.headers = headers
  // system: jobs are unreadable through the API; the document's own access is checked below
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      id: { equals: jobId },
      taskSlug: { equals: 'schedulePublish' },
      completedAt: { exists: false },
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const job = docs[0]
  const schedule = job && scheduleOf(job.input)
  if (!job || !schedule) return refused
  const stored = await payload
    .findByID({
      ...schedule,
      depth: 0,
      draft: true,
      user: user ?? undefined,
      overrideAccess: false,
    })
    .catch(() => null)
  if (!stored) return refused
  await inRequestTransaction(req, async () => {
    // system: the scheduling was checked above against the person's access to its document
    await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
    await writeAuditEntry(req, {
      action: 'unschedule',
      targetCollection: schedule.collection,
      targetId: schedule.id,
      targetTitle: titleOf(
        payload.collections[schedule.collection].config,
        stored as unknown as Record<string, unknown>,
      ),
      detail: { type: schedule.type, at: job.waitUntil ?? null },
    })
  })
  return { message: req.t('general:success') }
}
