// Payload's jobs queue carries scheduled publishing and outgoing notifications. The server runs
// it every ten seconds, one job after another: SQLite takes one writer at a time, and Payload's
// own autoRun would start the due jobs in parallel.
import { Cron } from 'croner'
import type { Config, Payload } from 'payload'

import { isStaffUser } from '@/access/roles'
import { sendEmailTask } from '@/notifications/sendEmailTask'

const onlyStaff = ({ req }: { req: { user?: unknown } }) => isStaffUser(req.user as never)

export const jobs: Config['jobs'] = {
  access: { queue: onlyStaff, run: onlyStaff, cancel: onlyStaff },
  deleteJobOnComplete: true,
  tasks: [sendEmailTask],
}

/** Starts the runner in this process; LAUREL_JOBS_AUTORUN=false leaves it off. */
export const startJobRunner = (payload: Payload): Cron | undefined => {
  if (process.env.LAUREL_JOBS_AUTORUN === 'false') return undefined
  return new Cron('*/10 * * * * *', { protect: true }, async () => {
    try {
      await payload.jobs.run({ sequential: true, limit: 100 })
    } catch (error) {
      payload.logger.error({
        err: error,
        msg: 'The jobs runner failed; it tries again in ten seconds.',
      })
    }
  })
}
