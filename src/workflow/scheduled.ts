// Publications and unpublications an editor has scheduled, soonest first. Payload keeps them as
// jobs, which nobody may read over the API; the desk reads them as the system and shows only
// those whose document the signed-in person may read.
import type { Payload, TypedUser } from 'payload'

import { type Item, type ReviewedCollection, reviewedCollections } from './desk'

const isReviewed = (slug: unknown): slug is ReviewedCollection =>
  reviewedCollections.some((collection) => collection === slug)

/** What a schedulePublish job's input names: the document and whether it goes up or down. */
export const scheduleOf = (input: unknown) => {
  if (!input || typeof input !== 'object' || !('doc' in input)) return null
  const { doc } = input
  if (!doc || typeof doc !== 'object' || !('relationTo' in doc) || !('value' in doc)) return null
  const id = doc.value
  if (!isReviewed(doc.relationTo) || (typeof id !== 'number' && typeof id !== 'string')) return null
  const type = 'type' in input && input.type === 'unpublish' ? 'unpublish' : 'publish'
  return { collection: doc.relationTo, id, type }
}

export const scheduledMoves = async (payload: Payload, user: TypedUser): Promise<Item[]> => {
  // system: jobs are unreadable through the API; only those whose document the user reads are shown
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'schedulePublish' }, completedAt: { exists: false } },
    sort: 'waitUntil',
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  const items = await Promise.all(
    jobs.map(async (job) => {
      const schedule = scheduleOf(job.input)
      if (!schedule) return null
      const { collection, id, type } = schedule
      const doc = await payload
        .findByID({ collection, id, depth: 0, draft: true, user, overrideAccess: false })
        .catch(() => null)
      if (!doc) return null
      return {
        title: doc.title,
        href: `/admin/collections/${collection}/${id}`,
        note: type,
        at: job.waitUntil,
      }
    }),
  )
  return items.filter((item) => item !== null)
}
