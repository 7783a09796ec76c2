// The only removal of audit entries: those older than the retention period, by this job, straight
// through the database adapter (every API refuses deletes of the log, administrators included).
// The clock is a parameter, so a test proves that younger entries are never touched.
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { nightly } from '@/lib/nightly'

import { auditRetentionDays } from './retentionDays'

const DAY_MS = 24 * 60 * 60 * 1000

export const pruneAuditLog = async (
  payload: Payload,
  { days, now = Date.now(), req }: { days: number; now?: number; req?: PayloadRequest },
) => {
  const cutoff = new Date(now - days * DAY_MS).toISOString()
  const where = { createdAt: { less_than: cutoff } }
  const { totalDocs } = await payload.db.count({ collection: 'audit-log', where, req })
  if (totalDocs > 0) await payload.db.deleteMany({ collection: 'audit-log', where, req })
  return totalDocs
}

// Read when the configuration loads: a retention under the minimum stops the start.
const days = auditRetentionDays()

export const pruneAuditLogTask: TaskConfig<'pruneAuditLog'> = {
  slug: 'pruneAuditLog',
  retries: 2,
  // Once a day, at half past three in the morning in the district.
  schedule: [nightly(3, 30)],
  handler: async ({ req }) => ({
    output: { pruned: await pruneAuditLog(req.payload, { days, req }) },
  }),
  outputSchema: [{ name: 'pruned', type: 'number' }],
}
