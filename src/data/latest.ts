// The column's front page: the newest published items of each kind, advanced models and warning
// cases apart, and the latest honor roll. Run as the public (overrideAccess: false), so drafts and
// private fields can never reach it.
import 'server-only'

import type { Where } from 'payload'

import { documentPath, type PublicCollection } from '@/lib/publicPaths'
import type { Media } from '@/payload-types'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { honorRollYears } from './honorRoll'
import { mediaPopulate } from './mediaPopulate'
import { allOf, asPublic, listed, type Locale, publicPayload } from './publicQuery'

export type { Locale }

export type ColumnItem = {
  id: number | string
  title: string
  href: string
  summary: string | null | undefined
  date: string
  /** A story's picture, for the home page's lead item. */
  image?: Media | number | null
}

const LATEST = 5

type Dated = { createdAt: string; issuedAt?: string; image?: Media | number | null }
type ColumnCollection = Extract<
  PublicCollection,
  'commendations' | 'model-stories' | 'interpretations' | 'policies'
>

/** Official documents are dated and ordered by the day they were issued, articles by creation. */
const latestOf = async (
  collection: ColumnCollection,
  locale: Locale,
  dateField: 'issuedAt' | 'createdAt',
  where?: Where,
): Promise<ColumnItem[]> => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection,
    ...asPublic,
    locale,
    limit: LATEST,
    // Stories come with their picture; other kinds have none.
    depth: collection === 'model-stories' ? 1 : 0,
    populate: { media: mediaPopulate },
    sort: `-${dateField}`,
    where: allOf(listed, where),
    select: {
      title: true,
      slug: true,
      summary: true,
      createdAt: true,
      [dateField]: true,
      ...(collection === 'model-stories' ? { image: true } : {}),
    },
  })
  return docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    href: documentPath(collection, doc.slug ?? String(doc.id)),
    summary: doc.summary,
    date: (doc as Dated)[dateField] ?? doc.createdAt,
    image: (doc as Dated).image,
  }))
}

export const latestColumn = async (locale: Locale) => {
  const [commendations, advancedModels, warningCases, interpretations, policies, years] =
    await Promise.all([
      latestOf('commendations', locale, 'issuedAt'),
      latestOf('model-stories', locale, 'createdAt', { polarity: { equals: 'positive' } }),
      latestOf('model-stories', locale, 'createdAt', { polarity: { equals: 'negative' } }),
      latestOf('interpretations', locale, 'createdAt'),
      latestOf('policies', locale, 'issuedAt'),
      honorRollYears(),
    ])
  return {
    commendations,
    advancedModels,
    warningCases,
    interpretations,
    policies,
    honorRollYear: years[0] ?? null,
  }
}

export const tagsForLatestColumn = () => [
  tags.home,
  tags.commendations,
  tags.stories,
  tags.interpretations,
  tags.policies,
]

export const getLatestColumn = cachedQuery('latest-column', latestColumn, tagsForLatestColumn)
