// The editorial desk: what waits for whom. Read as the signed-in person (overrideAccess: false),
// so each role's dashboard shows only what that role may read.
import type { Payload, TypedUser } from 'payload'

import type { ReviewState } from './transitions'

export const reviewedCollections = [
  'commendations',
  'model-stories',
  'interpretations',
  'policies',
] as const
export type ReviewedCollection = (typeof reviewedCollections)[number]

type Asker = { payload: Payload; user: TypedUser }

export type Item = { title: string; href: string; note?: string; at?: string | null }

const editHref = (collection: string, id: number | string) =>
  `/admin/collections/${collection}/${id}`

/** How many pieces of each kind are in a state, with the list that shows them. */
export const countInState = async ({ payload, user }: Asker, state: ReviewState) =>
  Promise.all(
    reviewedCollections.map(async (collection) => ({
      collection,
      href: `/admin/collections/${collection}?where[reviewState][equals]=${state}`,
      count: (
        await payload.count({
          collection,
          where: { reviewState: { equals: state } },
          user,
          overrideAccess: false,
        })
      ).totalDocs,
    })),
  )

/** Notices in their public-notice period, each with how many objections arrived. */
export const inPublicNotice = async ({ payload, user }: Asker): Promise<Item[]> => {
  const { docs } = await payload.find({
    collection: 'commendations',
    where: { 'publicNotice.state': { equals: 'in-notice' }, reviewState: { equals: 'published' } },
    sort: 'publicNotice.endsAt',
    limit: 20,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return Promise.all(
    docs.map(async (doc) => {
      const objections = await payload.count({
        collection: 'objections',
        where: { commendation: { equals: doc.id } },
        user,
        overrideAccess: false,
      })
      return {
        title: doc.title,
        href: editHref('commendations', doc.id),
        note: String(objections.totalDocs),
        at: doc.publicNotice?.endsAt,
      }
    }),
  )
}

/** Nominations from the public that no editor has looked at yet. */
export const newNominations = async ({ payload, user }: Asker) =>
  (
    await payload.count({
      collection: 'nominations',
      where: { status: { equals: 'new' } },
      user,
      overrideAccess: false,
    })
  ).totalDocs

/** The latest published pieces of every kind, newest first. */
export const recentlyPublished = async ({ payload, user }: Asker, limit = 6): Promise<Item[]> => {
  const lists = await Promise.all(
    reviewedCollections.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: { reviewState: { equals: 'published' } },
        sort: '-updatedAt',
        limit,
        depth: 0,
        user,
        overrideAccess: false,
      })
      return docs.map((doc) => ({
        title: doc.title,
        href: editHref(collection, doc.id),
        at: doc.updatedAt,
      }))
    }),
  )
  return lists
    .flat()
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, limit)
}

/** An expert's own interpretations, newest first, with the reason of any sending back. */
export const ownPieces = async ({ payload, user }: Asker) => {
  const { docs } = await payload.find({
    collection: 'interpretations',
    where: { author: { equals: user.id } },
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    draft: true,
    user,
    overrideAccess: false,
  })
  return docs.map((doc) => ({
    title: doc.title,
    href: editHref('interpretations', doc.id),
    state: doc.reviewState,
    note: doc.reviewState === 'rejected' ? (doc.rejectionReason ?? undefined) : undefined,
    at: doc.updatedAt,
  }))
}
