// Hands the SQLite adapter Laurel's client (sqliteClient.ts) instead of letting it create
// @libsql/client's. The adapter's connect() creates a client, and sets its pragmas, only when it
// has none; so the pragmas are read here from the adapter's own settings, for both connections.
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { sqliteClient } from './sqliteClient'

export const withSqliteClient = (
  adapter: DatabaseAdapterObj<SQLiteAdapter>,
): DatabaseAdapterObj<SQLiteAdapter> => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const { connect, destroy } = db
    db.connect = async function (this: SQLiteAdapter, options) {
      this.client ??= await sqliteClient(this.clientConfig, {
        busyTimeout: this.busyTimeout,
        journalSizeLimit: this.wal ? this.wal.journalSizeLimit : 0,
        synchronous: this.wal ? this.wal.synchronous : 'FULL',
      })
      return connect?.call(this, options)
    }
    // The adapter's destroy() leaves its client open; a test file's Payload closes its files here.
    db.destroy = async function (this: SQLiteAdapter) {
      await destroy?.call(this)
      this.client?.close()
      this.client = undefined as never
    }
    return db
  },
})
