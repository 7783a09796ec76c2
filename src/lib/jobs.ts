// Payload's jobs queue carries scheduled publishing, outgoing notifications, the end of
// public-notice periods and the daily deletion of expired submissions (scheduled tasks). Every ten
// seconds the server asks itself, over HTTP, to run the due jobs (src/endpoints/runJobs.ts): a publish must expire cached pages, which Next allows only inside a request. Payload's own autoRun would
// run outside one, and start the due jobs in parallel.
import { Cron } from 'croner'
import type { Config, Payload } from 'payload'

import { isStaffUser } from '@/access/roles'
import { pruneAuditLogTask } from '@/auth/auditRetention/pruneAuditLog'
import { finalisePublicNoticesTask } from '@/collections/Commendations/finalisePublicNotices'
import { jobsRunnerKey } from '@/endpoints/runJobs'
import { sendEmailTask } from '@/notifications/sendEmailTask'
import { deleteExpiredSubmissionsTask } from '@/participation/deleteExpiredSubmissionsTask'

const onlyStaff = ({ req }: { req: { user?: unknown } }) => isStaffUser(req.user as never)

export const jobs: Config['jobs'] = {
  access: { queue: onlyStaff, run: onlyStaff, cancel: onlyStaff },
  deleteJobOnComplete: true,
  tasks: [
    sendEmailTask,
    finalisePublicNoticesTask,
    pruneAuditLogTask,
    deleteExpiredSubmissionsTask,
  ],
}

/** Starts the runner in this process; LAUREL_JOBS_AUTORUN=false leaves it off. */
export const startJobRunner = (payload: Payload): Cron | undefined => {
  if (process.env.LAUREL_JOBS_AUTORUN === 'false') return undefined
  return new Cron('*/10 * * * * *', { protect: true }, async () => {
    try {
      // Next sets PORT once the server listens; until then there is nothing to ask.
      if (!process.env.PORT) return
      const response = await fetch(`http://127.0.0.1:${process.env.PORT}/api/laurel/run-jobs`, {
        method: 'POST',
        headers: { 'x-laurel-jobs-key': jobsRunnerKey(payload.secret) },
      })
      if (!response.ok) throw new Error(`The server answered ${response.status}.`)
    } catch (error) {
      payload.logger.error({
        err: error,
        msg: 'The jobs runner failed; it tries again in ten seconds.',
      })
    }
  })
}
