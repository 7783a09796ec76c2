// The libsql client Laurel hands the SQLite adapter: one writer connection that every transaction
// and every write of the process reuses in turn, and one reader connection for the rest, both
// open for the life of the process. @libsql/client's own file client gives its connection away to
// each transaction() and opens a fresh one, without the pragmas, for the next call; the old one
// waited for the garbage collector, holding two open files per save (issue 11, ADR 0009).
import type { Client, Config, InStatement, Transaction, TransactionMode } from '@libsql/client'
import { Sqlite3Client } from '@libsql/client/sqlite3'
import Database from 'libsql'

import { keepingStatements } from './keepingStatements'
import { oneWriterAtATime } from './oneWriterAtATime'

/** Set on both connections: they are per connection, so a connection opened later lacks them. */
export type Pragmas = {
  busyTimeout: number
  journalSizeLimit: number
  synchronous: 'EXTRA' | 'FULL' | 'NORMAL' | 'OFF'
}

const pragmaStatements = ({ busyTimeout, journalSizeLimit, synchronous }: Pragmas) => [
  'PRAGMA journal_mode = WAL',
  `PRAGMA busy_timeout = ${busyTimeout}`,
  `PRAGMA journal_size_limit = ${journalSizeLimit}`,
  `PRAGMA synchronous = ${synchronous}`,
  'PRAGMA foreign_keys = ON',
]

const sqlOf = (statement: InStatement) =>
  typeof statement === 'string' ? statement : statement.sql

/** Only plain SELECTs go to the reader; anything else may write, so it waits for the writer. */
const isRead = (statement: InStatement) => /^\s*select\b/i.test(sqlOf(statement))

const openConnection = async (config: Config, pragmas: Pragmas) => {
  const file = config.url.replace(/^file:/, '')
  const database = keepingStatements(new Database(file))
  const connection = new Sqlite3Client(file, {}, database, config.intMode ?? 'number')
  for (const pragma of pragmaStatements(pragmas)) await connection.execute(pragma)
  return connection
}

export const sqliteClient = async (config: Config, pragmas: Pragmas): Promise<Client> => {
  const writer = await openConnection(config, pragmas)
  const reader = await openConnection(config, pragmas)
  const takeTurn = oneWriterAtATime()
  const onWriter = async <T>(write: () => Promise<T>) => {
    const release = await takeTurn()
    try {
      return await write()
    } finally {
      release()
    }
  }

  // BEGIN on the writer itself: the file client's transaction() would give the connection away.
  const transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    const release = await takeTurn()
    let open = false
    try {
      await writer.execute(mode === 'deferred' ? 'BEGIN DEFERRED' : 'BEGIN IMMEDIATE')
      open = true
    } finally {
      if (!open) release()
    }
    const end = () => {
      if (open) release()
      open = false
    }
    const rollback = async () => {
      if (!open) return
      try {
        await writer.execute('ROLLBACK')
      } catch (error) {
        // SQLite already rolled back on its own (a full disk, an I/O error): nothing is open.
        if (!/no transaction is active/.test(String(error))) throw error
      } finally {
        end()
      }
    }
    const inside = (statement: InStatement) => {
      if (!open) throw new Error('The transaction has ended.')
      return writer.execute(statement)
    }
    return {
      execute: inside,
      batch: async (statements: InStatement[]) => {
        const results = []
        for (const statement of statements) results.push(await inside(statement))
        return results
      },
      executeMultiple: async () => {
        // The file client's executeMultiple rolls back any open transaction when it ends.
        throw new Error('executeMultiple is not available inside a transaction.')
      },
      commit: async () => {
        await writer.execute('COMMIT') // if it throws, the transaction stays open for rollback()
        end()
      },
      rollback,
      close: () => void rollback(),
      get closed() {
        return !open
      },
    }
  }

  let closed = false
  return {
    execute: (statement: InStatement) =>
      isRead(statement) ? reader.execute(statement) : onWriter(() => writer.execute(statement)),
    batch: (statements: InStatement[], mode?: TransactionMode) =>
      onWriter(() => writer.batch(statements, mode)),
    migrate: (statements: InStatement[]) => onWriter(() => writer.migrate(statements)),
    transaction,
    executeMultiple: (sql: string) => onWriter(() => writer.executeMultiple(sql)),
    sync: () => writer.sync(),
    close: () => {
      closed = true
      writer.close()
      reader.close()
    },
    get closed() {
      return closed
    },
    protocol: 'file',
  }
}
