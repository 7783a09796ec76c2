import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import { databaseAdapter } from '@/lib/database'
import { withDatabaseName } from '@/lib/mongoUri'
import { migrations as mongoMigrations } from '@/migrations-mongo'

afterEach(() => {
  delete process.env.LAUREL_MONGODB_WITHOUT_TRANSACTIONS
})

describe('choosing the database from DATABASE_URI', () => {
  it('uses SQLite for file: URIs', () => {
    expect(databaseAdapter('file:./data/test.db').name).toBe('sqlite')
  })

  it('uses MongoDB for a replica-set URI', () => {
    expect(databaseAdapter('mongodb://db:27017/laurel?replicaSet=rs0').name).toBe('mongoose')
  })

  it('refuses a MongoDB URI without a replica set unless the operator opts out', () => {
    expect(() => databaseAdapter('mongodb://db:27017/laurel')).toThrow(/replicaSet/)
    process.env.LAUREL_MONGODB_WITHOUT_TRANSACTIONS = 'true'
    expect(databaseAdapter('mongodb://db:27017/laurel').name).toBe('mongoose')
  })

  it('refuses anything else with a message naming the scheme', () => {
    expect(() => databaseAdapter('postgres://db/laurel')).toThrow(/postgres:/)
  })
})

describe('each database runs only its own migrations', () => {
  const adapterOf = (uri: string) =>
    databaseAdapter(uri).init({ payload: {} as Payload }) as unknown as {
      migrationDir: string
      prodMigrations?: unknown[]
    }

  it('MongoDB reads src/migrations-mongo, never the SQL of src/migrations', () => {
    const mongo = adapterOf('mongodb://db:27017/laurel?replicaSet=rs0')
    expect(path.resolve(mongo.migrationDir)).toBe(path.resolve('src/migrations-mongo'))
    expect(mongo.prodMigrations).toBe(mongoMigrations)
    expect(path.resolve(adapterOf('file:./data/x.db').migrationDir)).toBe(
      path.resolve('src/migrations'),
    )
  })

  it("every file in src/migrations-mongo is in its index (Payload's generator does not add it)", () => {
    const files = fs
      .readdirSync('src/migrations-mongo')
      .filter((name) => /^\d.*\.ts$/.test(name))
      .map((name) => name.replace(/\.ts$/, ''))
    expect(mongoMigrations.map((migration) => migration.name).sort()).toEqual(files.sort())
  })
})

describe('a test run names its own MongoDB database', () => {
  it.each([
    ['mongodb://h:27017?replicaSet=rs0', 'mongodb://h:27017/run-1?replicaSet=rs0'],
    ['mongodb://h:27017/?replicaSet=rs0', 'mongodb://h:27017/run-1?replicaSet=rs0'],
    ['mongodb://h:27017', 'mongodb://h:27017/run-1'],
    [
      'mongodb://u:p%2Fw@a:1,b:2/laurel?replicaSet=rs0&authSource=admin',
      'mongodb://u:p%2Fw@a:1,b:2/run-1?replicaSet=rs0&authSource=admin',
    ],
    ['mongodb+srv://cluster.example/laurel', 'mongodb+srv://cluster.example/run-1'],
  ])('%s keeps its hosts and options', (uri, expected) => {
    expect(withDatabaseName(uri, 'run-1')).toBe(expected)
  })
})

describe('migrations keep the data of an existing database', () => {
  // SQLite changes a table's foreign keys by rebuilding it, and Payload generates the rebuild
  // with PRAGMA foreign_keys=OFF, which does nothing inside the migration's transaction: dropping
  // the old table then runs its ON DELETE actions and empties or deletes the rows that point at
  // it. A new migration must add columns instead (ALTER TABLE … ADD). The workflow migration
  // predates this rule and only ever ran on databases without content.
  const reviewed = ['20261125_211734_workflow_and_scheduling.ts']
  const directory = path.join(process.cwd(), 'src/migrations')
  const files = fs.readdirSync(directory).filter((name) => /^\d.*\.ts$/.test(name))

  it.each(files.filter((name) => !reviewed.includes(name)))('%s rebuilds no table', (name) => {
    const source = fs.readFileSync(path.join(directory, name), 'utf8')
    const up = source.slice(
      source.indexOf('export async function up'),
      source.indexOf('export async function down'),
    )
    expect(up).not.toMatch(/__new_/)
  })
})
