// Finding the index entries a query matches: the one place that knows which database it is on.
// Both ways give the same answers. On SQLite an FTS5 index (src/migrations/*_search_fts.ts,
// src/search/sqliteRowid.ts) finds them; anywhere else (MongoDB) Payload's own `contains` finds
// each piece's terms in a row inside `terms`, which Payload translates for every adapter (the
// tests run it on SQLite too, so both paths are tested).
import { sql } from '@payloadcms/db-sqlite'
import type { Payload, Where } from 'payload'

import type { Mechanism } from '@/fields/mechanism'
import type { Locale } from '@/i18n/locales'

import type { IndexedCollection } from './indexed'
import { facetsOf, mechanismCode, rowidParts, typeCode, YEAR_BASE } from './sqliteRowid'
import type { QueryPiece } from './terms'

export type SearchFilters = { type?: IndexedCollection; year?: number; mechanism?: Mechanism }

/** How many matching entries share a type, year and mechanism: enough to count every facet. */
export type MatchGroup = {
  type: IndexedCollection
  year: number | null
  mechanism: Mechanism | null
  count: number
}

export type Matcher = {
  groups: (pieces: QueryPiece[], language: Locale) => Promise<MatchGroup[]>
  /** The ids of one page of matching entries, newest first, leaving out the `exclude`d ones. */
  pageIds: (
    pieces: QueryPiece[],
    language: Locale,
    filters: SearchFilters,
    page: { limit: number; offset: number; exclude?: (number | string)[] },
  ) => Promise<(number | string)[]>
}

const matchesOf = (
  pieces: QueryPiece[],
  language: Locale,
  filters: SearchFilters = {},
  exclude: (number | string)[] = [],
): Where => ({
  and: [
    { language: { equals: language } },
    ...(exclude.length ? [{ id: { not_in: exclude } }] : []),
    ...pieces.map((piece) => ({ terms: { contains: piece.terms } })),
    ...Object.entries(filters)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => ({ [field]: { equals: value } })),
  ],
})

/** Any adapter: Payload's query operators over the `terms` text. */
export const payloadMatcher = (payload: Payload): Matcher => ({
  groups: async (pieces, language) => {
    const { docs } = await payload.find({
      collection: 'search',
      where: matchesOf(pieces, language),
      select: { type: true, year: true, mechanism: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    })
    const groups = new Map<string, MatchGroup>()
    for (const { type, year, mechanism } of docs) {
      const key = `${type}|${year}|${mechanism}`
      const group = groups.get(key) ?? {
        type,
        year: year ?? null,
        mechanism: mechanism ?? null,
        count: 0,
      }
      group.count += 1
      groups.set(key, group)
    }
    return [...groups.values()]
  },
  pageIds: async (pieces, language, filters, { limit, offset, exclude }) => {
    const { docs } = await payload.find({
      collection: 'search',
      where: matchesOf(pieces, language, filters, exclude),
      select: {},
      sort: ['-date', '-id'],
      limit,
      page: Math.floor(offset / limit) + 1,
      depth: 0,
      overrideAccess: false,
    })
    return docs.map((doc) => doc.id)
  },
})

/** FTS5 query syntax: each piece a quoted phrase of its terms, a prefix piece open at the end. */
const ftsQuery = (pieces: QueryPiece[]) =>
  pieces.map((piece) => `"${piece.terms}"${piece.prefix ? '*' : ''}`).join(' AND ')

type Drizzle = { all: (query: ReturnType<typeof sql>) => Promise<Record<string, unknown>[]> }

/** SQLite: the FTS5 index alone, filtered, counted and ordered by its row ids (sqliteRowid.ts). */
export const sqliteMatcher = (payload: Payload): Matcher => {
  const db = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  const part = (name: keyof typeof rowidParts) => sql.raw(rowidParts[name])
  const matching = (pieces: QueryPiece[], language: Locale) =>
    sql`search_fts MATCH ${ftsQuery(pieces)} AND ${part('english')} = ${language === 'en' ? 1 : 0}`
  return {
    groups: async (pieces, language) => {
      const rows = await db.all(sql`SELECT ${part('facets')} AS code, count(*) AS count
        FROM search_fts WHERE ${matching(pieces, language)} GROUP BY code`)
      return rows.flatMap((row) => {
        const { type, year, mechanism } = facetsOf(Number(row.code))
        return type ? [{ type, year, mechanism, count: Number(row.count) }] : []
      })
    },
    pageIds: async (pieces, language, { type, year, mechanism }, { limit, offset, exclude }) => {
      const rows = await db.all(sql`SELECT ${part('id')} AS id FROM search_fts
        WHERE ${matching(pieces, language)}
        ${type ? sql`AND ${part('type')} = ${typeCode(type)}` : sql``}
        ${mechanism ? sql`AND ${part('mechanism')} = ${mechanismCode(mechanism)}` : sql``}
        ${year !== undefined ? sql`AND ${part('year')} = ${year - YEAR_BASE}` : sql``}
        ${
          exclude?.length
            ? sql`AND ${part('id')} NOT IN (${sql.join(
                exclude.map((id) => sql`${Number(id)}`),
                sql`, `,
              )})`
            : sql``
        }
        ORDER BY rowid DESC LIMIT ${limit} OFFSET ${offset}`)
      return rows.map((row) => Number(row.id))
    },
  }
}

export const matcherFor = (payload: Payload): Matcher =>
  payload.db.name === 'sqlite' ? sqliteMatcher(payload) : payloadMatcher(payload)
