// What the column's feeds carry: the newest listed items of a section, or of all sections
// together, with the date a reader would give them (notices and policies by the day they were
// issued, articles by the day they were written).
import 'server-only'

import { documentPath } from '@/lib/publicPaths'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { asPublic, listed, type Locale, publicPayload } from './publicQuery'

export const feedSections = {
  commendations: { dateField: 'issuedAt', tag: tags.commendations },
  'model-stories': { dateField: 'createdAt', tag: tags.stories },
  interpretations: { dateField: 'createdAt', tag: tags.interpretations },
  policies: { dateField: 'issuedAt', tag: tags.policies },
} as const

export type FeedSection = keyof typeof feedSections
export type FeedName = FeedSection | 'all'

export const isFeedName = (value: unknown): value is FeedName =>
  value === 'all' || (typeof value === 'string' && value in feedSections)

export type FeedEntry = {
  path: string
  title: string
  summary: string
  date: string
  updated: string
  section: FeedSection
}

const FEED_LENGTH = 30

const newestOf = async (section: FeedSection, locale: Locale): Promise<FeedEntry[]> => {
  const { dateField } = feedSections[section]
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: section,
    ...asPublic,
    locale,
    where: listed,
    sort: `-${dateField}`,
    limit: FEED_LENGTH,
    depth: 0,
    select: {
      title: true,
      slug: true,
      summary: true,
      createdAt: true,
      updatedAt: true,
      [dateField]: true,
    },
  })
  return docs.map((doc) => ({
    path: documentPath(section, doc.slug ?? String(doc.id)),
    title: doc.title,
    summary: doc.summary ?? '',
    date: (doc as { issuedAt?: string }).issuedAt ?? doc.createdAt,
    updated: doc.updatedAt,
    section,
  }))
}

/** The newest entries of one section, or of the whole column, newest first. */
export const feedEntries = async (name: FeedName, locale: Locale): Promise<FeedEntry[]> => {
  const sections = name === 'all' ? (Object.keys(feedSections) as FeedSection[]) : [name]
  const entries = (await Promise.all(sections.map((section) => newestOf(section, locale)))).flat()
  return entries.sort((a, b) => b.date.localeCompare(a.date)).slice(0, FEED_LENGTH)
}

export const tagsForFeed = (name: FeedName) => [
  tags.feeds,
  ...(name === 'all'
    ? Object.values(feedSections).map(({ tag }) => tag)
    : [feedSections[name].tag]),
]

export const getFeedEntries = cachedQuery('feed-entries', feedEntries, tagsForFeed)
