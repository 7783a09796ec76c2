// The embedded database's connections (src/lib/sqliteClient.ts): however many saves, the process
// holds the same few open files on the database; every transaction runs on a connection with the
// adapter's pragmas; what a transaction has not committed is invisible to everyone else.
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseFiles, openFiles } from '@/lib/openFiles'

import { closePayload, testPayload } from '../helpers/payload'
import { sampleData } from '../helpers/samples'
import { createStaff, type Staff } from '../helpers/staff'

const onSqlite = process.env.DATABASE_URI?.startsWith('file:') ?? false
const databaseFile = path.resolve(process.env.DATABASE_URI?.slice('file:'.length) ?? '')
const heldFiles = () => databaseFiles(openFiles(), databaseFile).length
/** Two connections, each with the database, its -wal and its -shm (SQLite shares the -shm: 5). */
const TWO_CONNECTIONS = 6
/** Saves as a bulk load makes them (no audit entry, search entry or page expiry), for speed. */
const BULK = { seeding: true, skipSearchIndex: true, disableRevalidate: true }

let payload: Payload
let staff: Staff

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
})
afterAll(closePayload)

const newUnit = () =>
  payload.create({
    collection: 'units',
    data: sampleData('units', { unit: 0, expert: 0 }) as never,
    user: staff.editor,
    overrideAccess: false,
  })

describe.skipIf(!onSqlite)('the embedded database’s connections', () => {
  it('a thousand saves leave the process holding the same few files on the database', async () => {
    const unit = await newUnit()
    const held: number[] = []
    for (let save = 1; save <= 1000; save += 1) {
      await payload.update({
        collection: 'units',
        id: unit.id,
        data: { name: `测试镇第${save}次保存` },
        user: staff.editor,
        overrideAccess: false,
        context: BULK,
      })
      if (save % 100 === 0) held.push(heldFiles())
    }
    expect(Math.min(...held)).toBeGreaterThan(0) // the count does see the database's files
    expect(Math.max(...held)).toBeLessThanOrEqual(TWO_CONNECTIONS)
    expect((await payload.findByID({ collection: 'units', id: unit.id })).name).toBe(
      '测试镇第1000次保存',
    )
  }, 180_000) // a thousand committed saves, each waiting for the disk (synchronous = FULL)

  it('every transaction runs with the adapter’s busy timeout, WAL, synchronous and foreign keys', async () => {
    await newUnit() // a save before: the upstream client's next connection lacked the pragmas
    const req = await createLocalReq({ user: staff.editor }, payload)
    await initTransaction(req)
    const db = payload.db as unknown as SQLiteAdapter
    const inside = db.sessions[String(await req.transactionID)]!
      .db as unknown as SQLiteAdapter['drizzle']
    const pragma = async (name: string) =>
      Object.values((await inside.all<Record<string, unknown>>(sql.raw(`PRAGMA ${name}`)))[0]!)[0]
    expect({
      busyTimeout: await pragma('busy_timeout'),
      journalMode: await pragma('journal_mode'),
      synchronous: await pragma('synchronous'),
      foreignKeys: await pragma('foreign_keys'),
      journalSizeLimit: await pragma('journal_size_limit'),
    }).toEqual({
      busyTimeout: 5000,
      journalMode: 'wal',
      synchronous: 2, // FULL
      foreignKeys: 1,
      journalSizeLimit: 64 * 1024 * 1024,
    })
    await killTransaction(req)
  })

  it('the reader has them too, and never sees what a transaction has not committed', async () => {
    const db = payload.db as unknown as SQLiteAdapter
    const [readerPragmas] = await db.drizzle.all<Record<string, number>>(
      sql`SELECT (SELECT timeout FROM pragma_busy_timeout) AS busyTimeout,
        (SELECT synchronous FROM pragma_synchronous) AS synchronous,
        (SELECT foreign_keys FROM pragma_foreign_keys) AS foreignKeys`,
    )
    expect(readerPragmas).toEqual({ busyTimeout: 5000, synchronous: 2, foreignKeys: 1 })

    const before = (await payload.count({ collection: 'units' })).totalDocs
    const req = await createLocalReq({ user: staff.editor }, payload)
    await initTransaction(req)
    await payload.create({
      collection: 'units',
      data: sampleData('units', { unit: 0, expert: 0 }) as never,
      req,
      overrideAccess: false,
    })
    expect((await payload.count({ collection: 'units', req })).totalDocs).toBe(before + 1)
    expect((await payload.count({ collection: 'units' })).totalDocs).toBe(before)
    await commitTransaction(req)
    expect((await payload.count({ collection: 'units' })).totalDocs).toBe(before + 1)
  })
})
