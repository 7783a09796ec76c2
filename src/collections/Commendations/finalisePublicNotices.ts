// When a notice's public-notice period ends without being stopped, the notice becomes final. A
// scheduled task does it once a minute; the jobs runner runs it inside its request to the server
// (src/endpoints/runJobs.ts), so the save expires the cached pages like an editor's save does.
import type { PayloadRequest, TaskConfig } from 'payload'

/** Makes final every published notice whose period has ended; returns how many it changed. */
export const finaliseEndedNotices = async (req: PayloadRequest, now = new Date()) => {
  const { docs } = await req.payload.find({
    collection: 'commendations',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { reviewState: { equals: 'published' } },
        { 'publicNotice.state': { equals: 'in-notice' } },
        { 'publicNotice.endsAt': { less_than_equal: now.toISOString() } },
      ],
    },
    depth: 0,
    limit: 100,
    pagination: false,
    select: { publicNotice: true },
    req,
  })
  for (const notice of docs) {
    await req.payload.update({
      collection: 'commendations',
      id: notice.id,
      data: { publicNotice: { ...notice.publicNotice, state: 'final' } },
      depth: 0,
      req,
    })
  }
  return docs.length
}

export const finalisePublicNoticesTask: TaskConfig<'finalisePublicNotices'> = {
  slug: 'finalisePublicNotices',
  retries: 2,
  schedule: [{ cron: '0 * * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const finalised = await finaliseEndedNotices(req)
    return { output: { finalised } }
  },
  outputSchema: [{ name: 'finalised', type: 'number' }],
}
