// What a reader asked the search page for, read from its query string (`?q=扶贫&type=…&year=…&
// mechanism=…&page=…`). Unknown or implausible filter values are ignored rather than refused: the
// reader still gets an answer to the words they typed.
import { type Mechanism, mechanisms } from '@/fields/mechanism'

import { type IndexedCollection, isIndexedCollection } from './indexed'
import type { SearchFilters } from './matching'

export type SearchRequest = { q: string; filters: SearchFilters; page: number }

type Params = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

const isMechanism = (value: string): value is Mechanism =>
  (mechanisms as readonly string[]).includes(value)

export const readSearchRequest = (params: Params): SearchRequest => {
  const type = first(params.type)
  const year = first(params.year)
  const mechanism = first(params.mechanism)
  const page = first(params.page)
  return {
    q: first(params.q),
    filters: {
      type: isIndexedCollection(type) ? (type as IndexedCollection) : undefined,
      year: /^(19|20|21)[0-9]{2}$/.test(year) ? Number(year) : undefined,
      mechanism: isMechanism(mechanism) ? mechanism : undefined,
    },
    page: /^[1-9][0-9]{0,4}$/.test(page) ? Number(page) : 1,
  }
}

/** The search page's address for a query, its filters and a page (empty values left out). */
export const searchHref = (locale: string, q: string, filters: SearchFilters, page = 1) => {
  const query = new URLSearchParams({ q })
  for (const key of ['type', 'year', 'mechanism'] as const) {
    if (filters[key] !== undefined) query.set(key, String(filters[key]))
  }
  if (page > 1) query.set('page', String(page))
  return `/${locale}/search?${query.toString()}`
}
