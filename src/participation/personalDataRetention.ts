// Nominations and objections hold what members of the public wrote about themselves (name,
// contact). Once editors have decided on one it is kept for a set time (by default 365 days,
// LAUREL_PERSONAL_DATA_RETENTION_DAYS) and then deleted by a scheduled job, each deletion leaving
// an audit entry that names the submission by its reference, never by the person.
import type { PayloadRequest } from 'payload'

import { writeAuditEntry } from '@/audit/writeAuditEntry'

export const DEFAULT_RETENTION_DAYS = 365
const DAY_MS = 24 * 60 * 60 * 1000

/** The days a decided submission is kept; a value that is no whole number ≥ 0 is refused. */
export const retentionDays = (setting = process.env.LAUREL_PERSONAL_DATA_RETENTION_DAYS) => {
  if (setting === undefined || setting.trim() === '') return DEFAULT_RETENTION_DAYS
  const days = Number(setting)
  if (!Number.isInteger(days) || days < 0) {
    throw new Error(
      `LAUREL_PERSONAL_DATA_RETENTION_DAYS must be a whole number of days, not "${setting}".`,
    )
  }
  return days
}

// A submission is closed once it has a decision; one still `new` waits for an editor, however old.
const closedStatuses = {
  nominations: ['accepted', 'rejected', 'duplicate'],
  objections: ['upheld', 'dismissed'],
} as const

type Submissions = keyof typeof closedStatuses
type Closed = { id: number | string; status: string; updatedAt: string; reference?: string | null }

/**
 * Closed before the cut-off: the last save of a closed submission is its closing (or a later note
 * by an editor), so the time counts from the last save and never runs short.
 */
const closedBefore = async (req: PayloadRequest, collection: Submissions, cutOff: Date) => {
  // system: the retention job acts for no one and looks through every closed submission
  const { docs } = await req.payload.find({
    collection,
    where: {
      and: [
        { status: { in: closedStatuses[collection] } },
        { updatedAt: { less_than: cutOff.toISOString() } },
      ],
    },
    depth: 0,
    limit: 100,
    select: collection === 'nominations' ? { status: true, reference: true } : { status: true },
    req,
  })
  return docs as unknown as Closed[]
}

const erase = async (req: PayloadRequest, collection: Submissions, doc: Closed, days: number) => {
  // system: the retention job deletes what the retention period has ended for
  await req.payload.delete({ collection, id: doc.id, req })
  await writeAuditEntry(req, {
    action: 'delete',
    targetCollection: collection,
    targetId: doc.id,
    targetTitle: doc.reference ?? null,
    detail: {
      reason: 'retention',
      retentionDays: days,
      status: doc.status,
      lastSaved: doc.updatedAt,
    },
  })
}

/** Deletes up to 100 of each kind a run (the job runs daily); returns how many went. */
export const deleteExpiredSubmissions = async (
  req: PayloadRequest,
  now = new Date(),
  days = retentionDays(),
) => {
  const cutOff = new Date(now.getTime() - days * DAY_MS)
  const deleted: Record<Submissions, number> = { nominations: 0, objections: 0 }
  for (const collection of ['nominations', 'objections'] as const) {
    for (const doc of await closedBefore(req, collection, cutOff)) {
      await erase(req, collection, doc, days)
      deleted[collection] += 1
    }
  }
  return deleted
}
