// Payload's jobs queue runs scheduled publishing and outgoing notifications inside the server
// process, once a minute.
// LAUREL_JOBS_AUTORUN=false turns the timer off (the tests run the queue themselves).
import type { Config } from 'payload'

import { isStaffUser } from '@/access/roles'
import { sendEmailTask } from '@/notifications/sendEmailTask'

const onlyStaff = ({ req }: { req: { user?: unknown } }) => isStaffUser(req.user as never)

export const jobs: Config['jobs'] = {
  access: { queue: onlyStaff, run: onlyStaff, cancel: onlyStaff },
  autoRun: [{ cron: '* * * * *', queue: 'default', limit: 50 }],
  shouldAutoRun: () =>
    process.env.LAUREL_JOBS_AUTORUN !== 'false' &&
    process.env.NEXT_PHASE !== 'phase-production-build',
  deleteJobOnComplete: true,
  tasks: [sendEmailTask],
}
