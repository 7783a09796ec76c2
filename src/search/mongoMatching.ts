// Finding the index entries a query matches on MongoDB, with the answers of SQLite's FTS5 path
// (matching.ts). MongoDB's text index does not split Chinese, so the entries carry their own
// terms as a list (`tokens`, the pairs and words of terms.ts) under one multikey index with the
// language; a query's pieces become conditions that index serves:
// - a word being typed, or one Chinese character: some term starts with it (a range of terms);
// - one term: that term; several (a Chinese run's pairs): all of them, and, checked on the
//   entries the index found, in a row in `terms` (FTS5's phrase), so 扶贫工作 is not found in
//   text that has 扶贫, 贫工 and 工作 apart.
// Facets are one aggregation; a page is sorted as SQLite's row ids sort (sqliteRowid.ts).
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { Types } from 'mongoose'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import type { Matcher, MatchGroup, SearchFilters } from './matching'
import { mechanismCodes, typeCodes, YEAR_BASE } from './sqliteRowid'
import type { QueryPiece } from './terms'

/** The index every search starts from (built at start-up, see mongoSearchIndex.ts). */
export const SEARCH_INDEX_KEYS = { language: 1, tokens: 1 } as const

/** The first string after every string that starts with `prefix` (code-point order is MongoDB's). */
export const afterPrefix = (prefix: string) => {
  const chars = Array.from(prefix)
  const last = chars.pop()!.codePointAt(0)!
  return chars.join('') + String.fromCodePoint(last + 1)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const pieceCondition = (piece: QueryPiece): Record<string, unknown> => {
  const terms = piece.terms.split(' ')
  if (piece.prefix) {
    return { tokens: { $elemMatch: { $gte: piece.terms, $lt: afterPrefix(piece.terms) } } }
  }
  if (terms.length === 1) return { tokens: terms[0] }
  return {
    tokens: { $all: terms },
    terms: { $regex: `(?:^| )${escapeRegExp(piece.terms)}(?: |$)` },
  }
}

export const mongoMatch = (
  pieces: QueryPiece[],
  language: Locale,
  filters: SearchFilters = {},
  exclude: (number | string)[] = [],
) => ({
  language,
  $and: pieces.map(pieceCondition),
  ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
  ...(exclude.length ? { _id: { $nin: exclude.map((id) => new Types.ObjectId(String(id))) } } : {}),
})

/** SQLite's row-id order within one language: day, type, mechanism and year codes, then id. */
const ORDER_FIELDS = {
  orderDay: { $max: [0, { $floor: { $divide: [{ $toLong: '$date' }, 86_400_000] } }] },
  orderType: { $add: [{ $indexOfArray: [typeCodes, '$type'] }, 1] },
  orderMechanism: { $add: [{ $indexOfArray: [mechanismCodes, '$mechanism'] }, 1] },
  orderYear: {
    $cond: [
      { $and: [{ $gt: ['$year', YEAR_BASE] }, { $lte: ['$year', YEAR_BASE + 255] }] },
      { $subtract: ['$year', YEAR_BASE] },
      0,
    ],
  },
}
const NEWEST_FIRST = {
  orderDay: -1,
  orderType: -1,
  orderMechanism: -1,
  orderYear: -1,
  _id: -1,
} as const

export const mongoMatcher = (payload: Payload): Matcher => {
  const search = () => (payload.db as unknown as MongooseAdapter).collections.search!
  return {
    groups: async (pieces, language) => {
      const rows = await search().aggregate<{
        _id: { type: MatchGroup['type']; year?: number | null; mechanism?: string | null }
        count: number
      }>([
        { $match: mongoMatch(pieces, language) },
        {
          $group: {
            _id: { type: '$type', year: '$year', mechanism: '$mechanism' },
            count: { $sum: 1 },
          },
        },
      ])
      return rows.map(({ _id, count }) => ({
        type: _id.type,
        year: _id.year ?? null,
        mechanism: (_id.mechanism ?? null) as MatchGroup['mechanism'],
        count,
      }))
    },
    pageIds: async (pieces, language, filters, { limit, offset, exclude }) => {
      const rows = await search().aggregate<{ _id: Types.ObjectId }>([
        { $match: mongoMatch(pieces, language, filters, exclude) },
        { $addFields: ORDER_FIELDS },
        { $sort: NEWEST_FIRST },
        { $skip: offset },
        { $limit: limit },
        { $project: { _id: 1 } },
      ])
      return rows.map((row) => String(row._id))
    },
  }
}
