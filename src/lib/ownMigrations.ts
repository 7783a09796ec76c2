// Each database runs only its own migrations: SQLite's are SQL (src/migrations), MongoDB's change
// documents (src/migrations-mongo). Scripts that migrate before they work ask for this list
// instead of letting Payload read a folder.
import type { Migration, Payload } from 'payload'

import { migrations as sqliteMigrations } from '@/migrations'
import { migrations as mongoMigrations } from '@/migrations-mongo'

// The generated migration functions are typed for each adapter's arguments, not the generic ones.
export const ownMigrations = (payload: Payload): Migration[] =>
  (payload.db.name === 'mongoose' ? mongoMigrations : sqliteMigrations) as unknown as Migration[]

/** Applies the database's own migrations that it has not run yet. */
export const migrateOwn = (payload: Payload) =>
  payload.db.migrate({ migrations: ownMigrations(payload) })
