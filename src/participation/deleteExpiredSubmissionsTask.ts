// The daily job that deletes nominations and objections whose retention period has ended
// (personalDataRetention.ts). The jobs runner queues it once a day and runs it like any other.
import type { TaskConfig } from 'payload'

import { nightly } from '@/lib/nightly'

import { deleteExpiredSubmissions } from './personalDataRetention'

export const deleteExpiredSubmissionsTask: TaskConfig<'deleteExpiredSubmissions'> = {
  slug: 'deleteExpiredSubmissions',
  retries: 2,
  // Once a day, at half past three in the morning in the district.
  schedule: [nightly(3, 30)],
  handler: async ({ req }) => ({ output: await deleteExpiredSubmissions(req) }),
  outputSchema: [
    { name: 'nominations', type: 'number' },
    { name: 'objections', type: 'number' },
  ],
}
