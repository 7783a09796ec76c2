// The site search: one query over every published notice, story, interpretation, policy, unit and
// person, in the reader's language, with the facets of what matched (type, year, mechanism) and
// each result's title and passage with the matches marked. It runs live on every request (the
// index is current the moment a save returns), so it is not cached.
import 'server-only'

import type { Mechanism } from '@/fields/mechanism'
import { localePath } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'
import { exactNameIds, splitPage } from '@/search/exactNames'
import { highlight, type Segment, snippet } from '@/search/highlight'
import type { IndexedCollection } from '@/search/indexed'
import { type Matcher, matcherFor, type MatchGroup, type SearchFilters } from '@/search/matching'
import type { SearchRequest } from '@/search/searchRequest'
import { parseQuery } from '@/search/terms'

import { asPublic, type Locale, PAGE_SIZE, publicPayload } from './publicQuery'

export type Facet<T> = { value: T; count: number }[]

export type SearchResult = {
  id: number | string
  type: IndexedCollection
  href: string | null
  title: Segment[]
  snippet: Segment[]
  date: string
  year: number | null
  mechanism: Mechanism | null
}

export type SearchAnswer =
  | { status: 'empty' | 'too-long' | 'too-short' }
  | {
      status: 'ok'
      total: number
      page: number
      totalPages: number
      facets: { type: Facet<IndexedCollection>; year: Facet<number>; mechanism: Facet<Mechanism> }
      results: SearchResult[]
    }

type Dimension = keyof SearchFilters

/** Counts for one facet among the matches that pass the other facets' filters. */
const facetOf = <T extends string | number>(
  groups: MatchGroup[],
  filters: SearchFilters,
  dimension: Dimension,
): Facet<T> => {
  const counts = new Map<T, number>()
  for (const group of groups) {
    const others = (Object.keys(filters) as Dimension[]).filter((key) => key !== dimension)
    if (others.some((key) => filters[key] !== undefined && group[key] !== filters[key])) continue
    const value = group[dimension] as T | null
    if (value === null) continue
    counts.set(value, (counts.get(value) ?? 0) + group.count)
  }
  return [...counts.entries()].map(([value, count]) => ({ value, count }))
}

const passes = (group: MatchGroup, filters: SearchFilters) =>
  (Object.keys(filters) as Dimension[]).every(
    (key) => filters[key] === undefined || group[key] === filters[key],
  )

export const siteSearch = async (
  { q, filters, page }: SearchRequest,
  locale: Locale,
  matcher?: Matcher,
): Promise<SearchAnswer> => {
  const parsed = parseQuery(q)
  if (parsed.kind !== 'ok') return { status: parsed.kind }
  const payload = await publicPayload()
  const match = matcher ?? matcherFor(payload)
  const groups = await match.groups(parsed.pieces, locale)
  const total = groups.filter((group) => passes(group, filters)).reduce((n, g) => n + g.count, 0)
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const current = Math.min(page, totalPages)
  const exact = total ? await exactNameIds(payload, q, locale, filters) : []
  const { lead, rest } = splitPage(exact, PAGE_SIZE, (current - 1) * PAGE_SIZE)
  const ids = [
    ...lead,
    ...(total && rest.limit > 0
      ? await match.pageIds(parsed.pieces, locale, filters, { ...rest, exclude: exact })
      : []),
  ]
  const { docs } = ids.length
    ? await payload.find({
        collection: 'search',
        ...asPublic,
        where: { id: { in: ids } },
        select: {
          type: true,
          slug: true,
          title: true,
          text: true,
          date: true,
          year: true,
          mechanism: true,
        },
        pagination: false,
        depth: 0,
      })
    : { docs: [] }
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  const texts = parsed.pieces.map((piece) => piece.text)
  const results = ids.flatMap((id) => {
    const doc = byId.get(String(id))
    if (!doc) return []
    return [
      {
        id: doc.id,
        type: doc.type,
        href: doc.slug ? localePath(locale, documentPath(doc.type, doc.slug)) : null,
        title: highlight(doc.title, texts),
        snippet: snippet(doc.text ?? '', texts),
        date: doc.date,
        year: doc.year ?? null,
        mechanism: doc.mechanism ?? null,
      },
    ]
  })
  return {
    status: 'ok',
    total,
    page: current,
    totalPages,
    facets: {
      type: facetOf<IndexedCollection>(groups, filters, 'type'),
      year: facetOf<number>(groups, filters, 'year').sort((a, b) => b.value - a.value),
      mechanism: facetOf<Mechanism>(groups, filters, 'mechanism'),
    },
    results,
  }
}
