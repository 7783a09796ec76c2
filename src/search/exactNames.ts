// A reader who types the whole name of a unit or person is looking for its page, so those entries
// rank above everything that merely mentions the name (a town's own page above the people and
// notices of that town). The rest keep their newest-first order after them.
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import type { SearchFilters } from './matching'

/** The kinds of entry whose title is a name. */
const namedTypes = ['units', 'people'] as const

/** Ids of the entries named exactly `query` (units before people), within the filters. */
export const exactNameIds = async (
  payload: Payload,
  query: string,
  language: Locale,
  filters: SearchFilters,
): Promise<(number | string)[]> => {
  const name = query.normalize('NFKC').trim()
  if (filters.type && !(namedTypes as readonly string[]).includes(filters.type)) return []
  if (filters.year !== undefined || filters.mechanism) return [] // names have neither
  const { docs } = await payload.find({
    collection: 'search',
    where: {
      language: { equals: language },
      title: { equals: name },
      type: filters.type ? { equals: filters.type } : { in: namedTypes },
    },
    select: { type: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return docs
    .sort((a, b) => (a.type === b.type ? 0 : a.type === 'units' ? -1 : 1))
    .map((doc) => doc.id)
}

/**
 * One page of the ranked results is the exact names first, then the other matches: which of the
 * names fall on the page, and which slice of the others (with the names left out) fills it.
 */
export const splitPage = (exact: (number | string)[], limit: number, offset: number) => {
  const lead = exact.slice(offset, offset + limit)
  return { lead, rest: { limit: limit - lead.length, offset: Math.max(0, offset - exact.length) } }
}
