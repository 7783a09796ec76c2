// The public data layer: every query the public site makes, run as the public
// (overrideAccess: false), so drafts and private fields can never reach a page.
import 'server-only'

import { tags } from './cacheTags'
import { asPublic, listed, type Locale, publicPayload } from './publicQuery'

export type { Locale }

export type ColumnItem = {
  id: number | string
  title: string
  slug: string | null | undefined
  summary: string | null | undefined
  date: string
}

const LATEST = 5

type Dated = { createdAt: string; issuedAt?: string }

/** Official documents are dated and ordered by the day they were issued, articles by creation. */
const latestOf = async (
  collection: 'commendations' | 'model-stories' | 'interpretations' | 'policies',
  locale: Locale,
  dateField: 'issuedAt' | 'createdAt',
): Promise<ColumnItem[]> => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection,
    ...asPublic,
    locale,
    limit: LATEST,
    depth: 0,
    sort: `-${dateField}`,
    where: listed,
    select: { title: true, slug: true, summary: true, createdAt: true, [dateField]: true },
  })
  return docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    slug: doc.slug,
    summary: doc.summary,
    date: (doc as Dated)[dateField] ?? doc.createdAt,
  }))
}

export const latestColumn = async (locale: Locale) => {
  const [commendations, stories, interpretations, policies] = await Promise.all([
    latestOf('commendations', locale, 'issuedAt'),
    latestOf('model-stories', locale, 'createdAt'),
    latestOf('interpretations', locale, 'createdAt'),
    latestOf('policies', locale, 'issuedAt'),
  ])
  return { commendations, stories, interpretations, policies }
}

export const tagsForLatestColumn = () => [
  tags.home,
  tags.commendations,
  tags.stories,
  tags.interpretations,
  tags.policies,
]
