// The indexes Laurel asks MongoDB to build, read from the models the adapter compiles: no server
// is needed to compile them, and none runs on this project's machines. Where MongoDB runs
// (MONGODB_URI, `npm run test:mongo`), the indexes it actually built are read back too.
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseAdapter } from '@/lib/database'

import { api, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

type IndexSpec = [Record<string, unknown>, Record<string, unknown>]
type Models = Record<string, { schema: { indexes: () => IndexSpec[] } }>

let payload: Payload
let models: Models
let staff: Staff

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  // The production adapter, wrappers and all; its models compile on a connection never opened.
  const db = databaseAdapter('mongodb://unused.invalid:27017/laurel?replicaSet=rs0').init({
    payload,
  })
  await db.init?.()
  models = (db as unknown as { collections: Models }).collections
})
afterAll(closePayload)

const indexesOn = (collection: string, path: string) =>
  models[collection]!.schema.indexes().filter(([keys]) => Object.keys(keys).includes(path))

describe('unique optional fields on MongoDB', () => {
  it("an expert's account is unique only where one is set: empty ones never collide", () => {
    const [index, ...others] = indexesOn('experts', 'account')
    expect(others).toEqual([])
    expect(index?.[0]).toEqual({ account: 1 })
    expect(index?.[1]).toMatchObject({
      unique: true,
      partialFilterExpression: { account: { $type: 'objectId' } },
    })
    expect(index?.[1]).not.toHaveProperty('sparse')
  })

  it('every permalink and document number is unique among present values', () => {
    for (const collection of ['commendations', 'model-stories', 'experts', 'policies']) {
      expect(indexesOn(collection, 'slug')[0]?.[1]).toMatchObject({
        unique: true,
        partialFilterExpression: { slug: { $type: 'string' } },
      })
    }
    expect(indexesOn('commendations', 'noticeNumber')[0]?.[1]).toMatchObject({
      partialFilterExpression: { noticeNumber: { $type: 'string' } },
    })
  })
})

describe('the site search on MongoDB', () => {
  it('reads one multikey index over the language and each term of an entry', () => {
    expect(indexesOn('search', 'tokens')).toEqual([
      [{ language: 1, tokens: 1 }, expect.objectContaining({ name: 'search_terms' })],
    ])
  })
})

describe('an editor keeps expert profiles, with and without accounts', () => {
  const profile = (name: string, account: number | null) => ({
    name,
    account,
    _status: 'published',
  })

  it('two profiles without accounts (an explicit null, as the admin sends) both save', async () => {
    const token = await login(staff.editor.email, PASSWORD)
    const first = await api('POST', '/experts', { token, json: profile('林知远', null) })
    const second = await api('POST', '/experts', { token, json: profile('许清和', null) })
    expect([first.status, second.status]).toEqual([201, 201])
    const third = await api('PATCH', `/experts/${first.data.doc.id}`, {
      token,
      json: { account: null },
    })
    expect(third.status).toBe(200)
  })

  it('one account behind two profiles is refused with a readable 400', async () => {
    const token = await login(staff.editor.email, PASSWORD)
    const account = staff.expert.id as number
    expect(
      (await api('POST', '/experts', { token, json: profile('方以正', account) })).status,
    ).toBe(201)
    const refused = await api('POST', '/experts?locale=en', {
      token,
      json: profile('程观澜', account),
      headers: { 'Accept-Language': 'en' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.data)).toMatch(/account/)
    const { totalDocs } = await payload.count({
      collection: 'experts',
      where: { account: { equals: account } },
    })
    expect(totalDocs).toBe(1)
  })
})

// Skipped without MONGODB_URI: the indexes a server built can only be listed where one runs.
describe.runIf(process.env.MONGODB_URI)('the indexes MongoDB built (listIndexes)', () => {
  it('holds the partial unique index on the expert account, and no sparse one', async () => {
    const experts = (payload.db as unknown as MongooseAdapter).collections.experts!.collection
    const indexes = await experts.listIndexes().toArray()
    const onAccount = indexes.filter((index) => 'account' in index.key)
    expect(onAccount).toHaveLength(1)
    expect(onAccount[0]).toMatchObject({
      unique: true,
      partialFilterExpression: { account: { $type: 'objectId' } },
    })
    expect(onAccount[0]).not.toHaveProperty('sparse')
  })

  it('holds the search index the public search reads', async () => {
    const search = (payload.db as unknown as MongooseAdapter).collections.search!.collection
    const names = (await search.listIndexes().toArray()).map((index) => index.name)
    expect(names).toContain('search_terms')
  })
})
