// Laurel's SQLite client on a scratch file: writes take turns on one connection, a write outside a
// transaction never lands inside someone else's, and no transaction opens another connection.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Client } from '@libsql/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { oneWriterAtATime } from '@/lib/oneWriterAtATime'
import { databaseFiles, openFiles } from '@/lib/openFiles'
import { sqliteClient } from '@/lib/sqliteClient'

const pragmas = { busyTimeout: 5000, journalSizeLimit: 1 << 20, synchronous: 'NORMAL' } as const
let file: string
let client: Client

beforeEach(async () => {
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-client-')), 'scratch.db')
  client = await sqliteClient({ url: `file:${file}` }, pragmas)
  await client.execute('CREATE TABLE note (body TEXT NOT NULL)')
})
afterEach(() => {
  client.close()
  fs.rmSync(path.dirname(file), { recursive: true, force: true })
})

const bodies = async () =>
  (await client.execute('SELECT body FROM note ORDER BY rowid')).rows.map((row) => row.body)

describe('the SQLite client', () => {
  it('runs two hundred transactions without opening another file', async () => {
    const before = databaseFiles(openFiles(), file).length
    for (let n = 0; n < 200; n += 1) {
      const transaction = await client.transaction('write')
      await transaction.execute({ sql: 'INSERT INTO note VALUES (?)', args: [`n${n}`] })
      await transaction.commit()
    }
    expect(databaseFiles(openFiles(), file).length).toBe(before)
    expect(await bodies()).toHaveLength(200)
  })

  it('lets a write outside a transaction wait for it, so a rollback does not take it along', async () => {
    const transaction = await client.transaction('write')
    await transaction.execute("INSERT INTO note VALUES ('rolled back')")
    const outside = client.execute("INSERT INTO note VALUES ('kept')")
    const second = client.transaction('write')
    expect(await bodies()).toEqual([]) // the reader sees nothing uncommitted
    await transaction.rollback()
    await outside
    const next = await second
    await next.execute("INSERT INTO note VALUES ('after')")
    await next.commit()
    expect(await bodies()).toEqual(['kept', 'after'])
  })
})

const preparedOn = async (connection: Pick<Client, 'execute'>) =>
  Number((await connection.execute('SELECT count(*) AS n FROM sqlite_stmt')).rows[0]!.n)

describe('prepared statements', () => {
  it('are prepared once however often they run, and run again after failing', async () => {
    for (let n = 0; n < 300; n += 1) {
      await client.execute({ sql: 'INSERT INTO note VALUES (?)', args: [`n${n}`] })
      await bodies()
    }
    const refused = client.execute({ sql: 'INSERT INTO note VALUES (?)', args: [null] })
    await expect(refused).rejects.toThrow(/NOT NULL/)
    await client.execute({ sql: 'INSERT INTO note VALUES (?)', args: ['after'] })
    expect(await bodies()).toHaveLength(301)
    expect(await preparedOn(client)).toBeLessThan(10) // the reader
    const transaction = await client.transaction('write')
    expect(await preparedOn(transaction)).toBeLessThan(10) // the writer
    await transaction.rollback()
  })
})

describe('one writer at a time', () => {
  it('gives turns in call order, and a turn waited for too long fails without blocking the rest', async () => {
    vi.useFakeTimers()
    try {
      const takeTurn = oneWriterAtATime(1000)
      const releaseFirst = await takeTurn()
      const second = takeTurn()
      const secondFails = expect(second).rejects.toThrow(/busy for 1 s/)
      await vi.advanceTimersByTimeAsync(1000)
      await secondFails
      let thirdGotItsTurn = false
      const third = takeTurn().then((release) => ((thirdGotItsTurn = true), release))
      await vi.advanceTimersByTimeAsync(500)
      expect(thirdGotItsTurn).toBe(false) // the first still holds the writer
      releaseFirst()
      ;(await third)()
      expect(thirdGotItsTurn).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})
