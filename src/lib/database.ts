// DATABASE_URI chooses the database: the embedded SQLite file by default, MongoDB in production.
import { appendFileSync } from 'node:fs'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'
import { migrations as mongoMigrations } from '@/migrations-mongo'
import { withUnknownCommitsRetried } from '@/transactions/retryUnknownCommits'

import { indexLocalesByParent } from './localeIndexes'
import { mongoUriProblem } from './mongoUri'
import { withUniqueWhenPresent } from './uniqueWhenPresent'
import { withSearchIndex } from '@/search/mongoSearchIndex'
import { withSqliteClient } from './withSqliteClient'

export const DEFAULT_DATABASE_URI = 'file:./data/laurel.db'

const isMongo = (uri: string) => /^mongodb(\+srv)?:\/\//.test(uri)

/**
 * The benchmark (bench/run.mjs) proves cached pages never touch the database by naming a file
 * here: every SQL statement is then appended to it, one per line. Off unless set.
 */
const queryLog = (file: string | undefined) =>
  file
    ? {
        logQuery: (query: string) =>
          appendFileSync(file, `${query.replace(/\s+/g, ' ').slice(0, 200)}\n`),
      }
    : false

export const databaseAdapter = (
  uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
): DatabaseAdapterObj => {
  if (isMongo(uri)) {
    const optedOut = process.env.LAUREL_MONGODB_WITHOUT_TRANSACTIONS === 'true'
    const problem = mongoUriProblem(uri, optedOut)
    if (problem) throw new Error(problem)
    return withUnknownCommitsRetried(
      withUniqueWhenPresent(
        withSearchIndex(
          mongooseAdapter({
            url: uri,
            ensureIndexes: true,
            // Its own folder: Payload would otherwise read SQLite's src/migrations.
            migrationDir: 'src/migrations-mongo',
            prodMigrations: mongoMigrations,
            transactionOptions: optedOut ? false : {},
          }),
        ),
      ),
    )
  }
  if (!uri.startsWith('file:')) {
    throw new Error(
      `DATABASE_URI must start with file: (SQLite) or mongodb:// (MongoDB), not "${uri.split(':')[0]}:".`,
    )
  }
  return withSqliteClient(
    sqliteAdapter({
      client: { url: uri },
      // Schema changes only ever arrive through committed migrations (src/migrations).
      push: false,
      prodMigrations: migrations,
      migrationDir: 'src/migrations',
      autoIncrement: true,
      wal: true,
      busyTimeout: 5000,
      transactionOptions: {},
      afterSchemaInit: [indexLocalesByParent],
      logger: queryLog(process.env.LAUREL_DB_QUERY_LOG),
    }),
  )
}
