// The time of day a daily task runs, by the district's clock (src/lib/timeZone.ts), not the
// server's. Payload reads a schedule's cron in the process's time zone, which in a container is
// usually UTC: "half past three at night" then came at half past eleven in the morning in Beijing.
// The schedule's hook queues the job for the next such time in the district's zone instead.
import { Cron } from 'croner'
import type { TaskConfig } from 'payload'

import { timeZone } from './timeZone'

type Schedule = NonNullable<TaskConfig['schedule']>[number]

/** The next time after `from` that `cron` names in the district's time zone. */
export const nextInDistrict = (cron: string, from: Date, zone = timeZone): Date => {
  const next = new Cron(cron, { timezone: zone }).nextRun(from)
  if (!next) throw new Error(`The schedule "${cron}" names no future time.`)
  return next
}

/** Once a day at `hour`:`minute` by the district's clock, in the default queue. */
export const nightly = (hour: number, minute: number, now = () => new Date()): Schedule => {
  const cron = `0 ${minute} ${hour} * * *`
  return {
    cron,
    queue: 'default',
    hooks: {
      beforeSchedule: async (args) => ({
        ...(await args.defaultBeforeSchedule(args)),
        waitUntil: nextInDistrict(cron, now()),
      }),
    },
  }
}
