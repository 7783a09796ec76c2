// A search reads an index, never every entry: on SQLite the FTS5 table answers the MATCH (its
// plan says VIRTUAL TABLE INDEX); on MongoDB the winning plan of the same query scans the
// multikey terms index (IXSCAN on search_terms). Each half runs on its own database only.
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sqlitePageQuery } from '@/search/matching'
import { mongoMatch } from '@/search/mongoMatching'
import { parseQuery, type QueryPiece } from '@/search/terms'

import { closePayload, testPayload } from '../helpers/payload'

let payload: Payload
const onMongo = Boolean(process.env.MONGODB_URI)

const piecesOf = (q: string): QueryPiece[] => {
  const parsed = parseQuery(q)
  if (parsed.kind !== 'ok') throw new Error(`not a query: ${q}`)
  return parsed.pieces
}

beforeAll(async () => {
  payload = await testPayload()
  await payload.create({
    collection: 'units',
    data: { name: '扶贫工作站', kind: 'town-office', assessmentCategory: 'key-development' },
  })
})
afterAll(closePayload)

const queries = ['扶贫', '扶贫工作', '扶 x', 'rur', 'rural 扶贫']

// Skipped on MongoDB: EXPLAIN QUERY PLAN is SQLite's.
describe.skipIf(onMongo)('SQLite: EXPLAIN QUERY PLAN', () => {
  it.each(queries)('%s is answered by the full-text index', async (q) => {
    const db = (payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<object[]> } })
      .drizzle
    const query = sqlitePageQuery(piecesOf(q), 'zh', {}, { limit: 20, offset: 0 })
    const plan = (await db.all(sql`EXPLAIN QUERY PLAN ${query}`)).map((row) =>
      String((row as { detail: unknown }).detail),
    )
    expect(plan.join('\n')).toMatch(/SCAN search_fts VIRTUAL TABLE INDEX/)
    expect(plan.join('\n')).not.toMatch(/SCAN search\b(?!_fts)/)
  })
})

// Skipped without MONGODB_URI: explain() needs a MongoDB server, and none runs on this project's
// machines (`npm run test:mongo` or MONGODB_URI=… npm test where one does).
describe.runIf(onMongo)('MongoDB: explain()', () => {
  it.each(queries)('%s scans the terms index', async (q) => {
    const search = (payload.db as unknown as MongooseAdapter).collections.search!
    const explained = JSON.stringify(
      await search
        .find(mongoMatch(piecesOf(q), 'zh'))
        .sort({ date: -1 })
        .explain(),
    )
    expect(explained).toMatch(/"stage":"IXSCAN"/)
    expect(explained).toMatch(/"indexName":"search_terms"/)
    expect(explained).not.toMatch(/"stage":"COLLSCAN"/)
  })
})
