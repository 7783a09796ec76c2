// MongoDB's migrations, apart from SQLite's (src/migrations): the Mongo adapter's `migrationDir`,
// so `npx payload migrate` on a MongoDB URI reads this folder and never runs SQL. MongoDB needs
// no migration for a new field or collection (the models and their indexes are built at start-up,
// `ensureIndexes`); a migration here changes existing documents. Payload's `migrate:create` for
// MongoDB writes the file but not this list: add each new file's `up` and `down` here
// (tests/unit/database.test.ts checks that every file is listed).
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import * as searchTokens from './20261207_060000_search_tokens'

export type MongoMigration = {
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
  down: (args: MigrateDownArgs) => Promise<void>
}

export const migrations: MongoMigration[] = [
  { name: '20261207_060000_search_tokens', up: searchTokens.up, down: searchTokens.down },
]
