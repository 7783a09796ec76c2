// SQLite's full-text index gives each entry a row id that carries what a search filters, counts
// and sorts by, so a search never reads the entries themselves until it shows one page of them:
//
//   days since 1970 (16 bits) | English? (1) | type (3) | mechanism (2) | year − 1950 (8) | id (31)
//
// Newest first is then the index's own descending row-id order, and the facet counts are a
// GROUP BY over the row ids of the matches. The codes below are part of the stored index: change
// them only with a migration that rebuilds it (src/migrations/*_search_fts.ts uses them).
import { type Mechanism, mechanisms } from '@/fields/mechanism'

import type { IndexedCollection } from './indexed'

/** Code n + 1 for each entry; 0 is "none". Frozen: append only. */
export const typeCodes: readonly IndexedCollection[] = [
  'commendations',
  'model-stories',
  'interpretations',
  'policies',
  'units',
  'people',
]
export const mechanismCodes: readonly Mechanism[] = [
  'incentive',
  'fault-tolerance',
  'promotion-demotion',
]
export const YEAR_BASE = 1950

const codeOf = (column: string, values: readonly string[]) =>
  `CASE ${column} ${values.map((value, i) => `WHEN '${value}' THEN ${i + 1}`).join(' ')} ELSE 0 END`

/** The row id of the search entry `row` (`new` or `old` in a trigger, an alias in a query). */
export const rowidSql = (row: string) =>
  [
    `(max(0, CAST(julianday(${row}.date) - 2440587.5 AS INTEGER)) << 45)`,
    `((${row}.language = 'en') << 44)`,
    `(${codeOf(`${row}.type`, typeCodes)} << 41)`,
    `(${codeOf(`${row}.mechanism`, mechanismCodes)} << 39)`,
    `(CASE WHEN ${row}.year BETWEEN ${YEAR_BASE + 1} AND ${YEAR_BASE + 255} THEN CAST(${row}.year AS INTEGER) - ${YEAR_BASE} ELSE 0 END << 31)`,
    `${row}.id`,
  ].join(' | ')

/** SQL over `rowid`: the entry's id, its facets' code, and each part of that code. */
export const rowidParts = {
  id: 'rowid & 2147483647',
  facets: '(rowid >> 31) & 8191',
  english: '(rowid >> 44) & 1',
  type: '(rowid >> 41) & 7',
  mechanism: '(rowid >> 39) & 3',
  year: '(rowid >> 31) & 255',
} as const

/** Reads a facets code (type, mechanism, year) back. */
export const facetsOf = (code: number) => ({
  type: typeCodes[((code >> 10) & 7) - 1] ?? null,
  mechanism: mechanismCodes[((code >> 8) & 3) - 1] ?? null,
  year: (code & 255) === 0 ? null : YEAR_BASE + (code & 255),
})

export const typeCode = (type: IndexedCollection) => typeCodes.indexOf(type) + 1
export const mechanismCode = (mechanism: Mechanism) => mechanismCodes.indexOf(mechanism) + 1

// The lists must cover what the index can hold.
if (mechanisms.some((mechanism) => !mechanismCodes.includes(mechanism))) {
  throw new Error('src/search/sqliteRowid.ts: a mechanism has no code.')
}
