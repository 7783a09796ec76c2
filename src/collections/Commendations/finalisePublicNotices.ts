// When a notice's public-notice period ends without being stopped, the notice becomes final. A
// scheduled task does it each time the jobs runner asks (every ten seconds); the runner runs it
// inside its request to the server (src/endpoints/runJobs.ts), so the save expires the cached
// pages like an editor's save does.
import type { PayloadRequest, TaskConfig } from 'payload'

import { revalidatePagesOf, type Shown } from '@/hooks/revalidatePublicPages'
import type { Commendation } from '@/payload-types'

type Notice = Pick<Commendation, 'id' | 'publicNotice'>

/** Whether the newest version of a notice is an editor's unpublished draft. */
const hasPendingDraft = async (req: PayloadRequest, id: Notice['id']) => {
  // system: the jobs runner acts for no one; it reads the editors' drafts
  const { docs } = await req.payload.findVersions({
    collection: 'commendations',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0]?.version._status === 'draft'
}

/**
 * Makes one notice final. Payload saves an update on top of the newest version, so while an
 * editor's unpublished draft is the newest, an update would publish that draft (or, saved
 * without a status, unpublish the notice). Then the published notice's own public-notice fields
 * are written directly, and the draft is brought into line by a draft save, which also rebuilds
 * the notice's search entries; its pages are expired here, as a draft save leaves them alone.
 */
const finalise = async (req: PayloadRequest, notice: Notice) => {
  const publicNotice = { ...notice.publicNotice, state: 'final' as const }
  if (!(await hasPendingDraft(req, notice.id))) {
    // system: the jobs runner makes the notice final, as the schedule says
    return req.payload.update({
      collection: 'commendations',
      id: notice.id,
      data: { publicNotice },
      depth: 0,
      req,
    })
  }
  const finalised = { ...publicNotice, finalisedAt: new Date().toISOString() }
  // system: writes the published notice alone, past the editor's draft (see above)
  const published = await req.payload.db.updateOne({
    collection: 'commendations',
    id: notice.id,
    data: { publicNotice: finalised },
    req,
  })
  // system: the jobs runner brings the editor's draft into line
  await req.payload.update({
    collection: 'commendations',
    id: notice.id,
    data: { publicNotice },
    draft: true,
    depth: 0,
    req,
  })
  revalidatePagesOf(req, 'commendations', published as Shown)
  return published
}

/** Makes final every published notice whose period has ended; returns how many it changed. */
export const finaliseEndedNotices = async (req: PayloadRequest, now = new Date()) => {
  // system: the jobs runner looks through every notice whose period has ended
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
  for (const notice of docs) await finalise(req, notice)
  return docs.length
}

type ScheduleHooks = NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>
/**
 * Payload would queue the check for the cron's next slot; it is queued due at once instead, so a
 * period that has ended is made final on the runner's next request, whenever that comes.
 */
const dueAtOnce: NonNullable<ScheduleHooks['beforeSchedule']> = async (args) => ({
  ...(await args.defaultBeforeSchedule(args)),
  waitUntil: undefined,
})

export const finalisePublicNoticesTask: TaskConfig<'finalisePublicNotices'> = {
  slug: 'finalisePublicNotices',
  retries: 2,
  schedule: [{ cron: '*/10 * * * * *', queue: 'default', hooks: { beforeSchedule: dueAtOnce } }],
  handler: async ({ req }) => {
    const finalised = await finaliseEndedNotices(req)
    return { output: { finalised } }
  },
  outputSchema: [{ name: 'finalised', type: 'number' }],
}
