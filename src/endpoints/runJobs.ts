// The jobs runner's door into the server. Scheduled publishing changes public pages, and Next
// can expire cached pages only while it handles a request; so the runner (src/lib/jobs.ts) asks
// this endpoint to run the due jobs instead of running them on its own.
import { createHash, timingSafeEqual } from 'node:crypto'

import type { Endpoint } from 'payload'

import { withLease } from '@/lib/redis/lease'

/** A key only this server knows, derived from its secret: the runner's proof of who it is. */
export const jobsRunnerKey = (secret: string) =>
  createHash('sha256').update(`laurel-jobs-runner:${secret}`).digest('hex')

const sameKey = (given: string | null, expected: string) =>
  given !== null &&
  given.length === expected.length &&
  timingSafeEqual(Buffer.from(given), Buffer.from(expected))

export const runJobs: Endpoint = {
  path: '/laurel/run-jobs',
  method: 'post',
  handler: async (req) => {
    if (!sameKey(req.headers.get('x-laurel-jobs-key'), jobsRunnerKey(req.payload.secret))) {
      return Response.json({ message: 'Not allowed.' }, { status: 403 })
    }
    // Queue the scheduled tasks that are due next (the end of public-notice periods), then run
    // what is due, one job after another: SQLite takes one writer at a time. With several
    // instances, only the one holding the lease runs them (src/lib/redis/lease.ts).
    const outcome = await withLease('jobs', async () => {
      // system: the runner proved its key above; scheduled work acts for no one
      await req.payload.jobs.handleSchedules()
      // system: the due jobs run for no one (each carries its own user where it has one)
      await req.payload.jobs.run({ sequential: true, limit: 100 })
    })
    if (!outcome.ran) return Response.json({ status: 'skipped', reason: outcome.reason })
    return Response.json({ status: 'ok' })
  },
}
