// Finding the index entries a query matches: the one place that knows which database it is on.
// Both ways give the same answers, in the same order. On SQLite an FTS5 index
// (src/migrations/*_search_fts.ts, src/search/sqliteRowid.ts) finds them; on MongoDB a multikey
// index over each entry's terms does (mongoMatching.ts).
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { Mechanism } from '@/fields/mechanism'
import type { Locale } from '@/i18n/locales'

import type { IndexedCollection } from './indexed'
import { mongoMatcher } from './mongoMatching'
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

/** FTS5 query syntax: each piece a quoted phrase of its terms, a prefix piece open at the end. */
const ftsQuery = (pieces: QueryPiece[]) =>
  pieces.map((piece) => `"${piece.terms}"${piece.prefix ? '*' : ''}`).join(' AND ')

type Drizzle = { all: (query: ReturnType<typeof sql>) => Promise<Record<string, unknown>[]> }

/** SQLite: the FTS5 index alone, filtered, counted and ordered by its row ids (sqliteRowid.ts). */
const part = (name: keyof typeof rowidParts) => sql.raw(rowidParts[name])
const matching = (pieces: QueryPiece[], language: Locale) =>
  sql`search_fts MATCH ${ftsQuery(pieces)} AND ${part('english')} = ${language === 'en' ? 1 : 0}`

/** One page of matching entry ids, newest first: the query EXPLAIN QUERY PLAN is asked about. */
export const sqlitePageQuery = (
  pieces: QueryPiece[],
  language: Locale,
  { type, year, mechanism }: SearchFilters,
  { limit, offset, exclude }: { limit: number; offset: number; exclude?: (number | string)[] },
) => sql`SELECT ${part('id')} AS id FROM search_fts
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
  ORDER BY rowid DESC LIMIT ${limit} OFFSET ${offset}`

export const sqliteMatcher = (payload: Payload): Matcher => {
  const db = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  return {
    groups: async (pieces, language) => {
      const rows = await db.all(sql`SELECT ${part('facets')} AS code, count(*) AS count
        FROM search_fts WHERE ${matching(pieces, language)} GROUP BY code`)
      return rows.flatMap((row) => {
        const { type, year, mechanism } = facetsOf(Number(row.code))
        return type ? [{ type, year, mechanism, count: Number(row.count) }] : []
      })
    },
    pageIds: async (pieces, language, filters, page) => {
      const rows = await db.all(sqlitePageQuery(pieces, language, filters, page))
      return rows.map((row) => Number(row.id))
    },
  }
}

export const matcherFor = (payload: Payload): Matcher =>
  payload.db.name === 'sqlite' ? sqliteMatcher(payload) : mongoMatcher(payload)
