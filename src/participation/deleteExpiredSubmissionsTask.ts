// The daily job that deletes nominations and objections whose retention period has ended
// (personalDataRetention.ts). The jobs runner queues it once a day and runs it like any other.
import type { TaskConfig } from 'payload'

import { deleteExpiredSubmissions } from './personalDataRetention'

export const deleteExpiredSubmissionsTask: TaskConfig<'deleteExpiredSubmissions'> = {
  slug: 'deleteExpiredSubmissions',
  retries: 2,
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await deleteExpiredSubmissions(req) }),
  outputSchema: [
    { name: 'nominations', type: 'number' },
    { name: 'objections', type: 'number' },
  ],
}
