// A libsql connection that prepares each statement once and keeps it (sqliteClient.ts uses it).
import type Database from 'libsql'

/** More than the distinct statements Laurel runs; the least recently used goes first. */
const STATEMENTS_KEPT = 500

/**
 * libsql keeps some native memory of every statement it prepares even after the garbage collector
 * finalizes it (about 100 KB for one of Payload's larger SELECTs; libsql-js issue 153), and the
 * file client prepares every statement afresh: 0.57 MB more for each save. So each connection keeps
 * what it has prepared, by its SQL, and prepares it once. (Payload names some joins with random
 * aliases; such statements differ every time and still cost their share.)
 */
export const keepingStatements = (connection: Database.Database) => {
  const prepare = connection.prepare.bind(connection)
  const kept = new Map<string, Database.Statement>()
  const prepareOnce = (sql: string) => {
    const statement = kept.get(sql) ?? prepare(sql)
    kept.delete(sql) // set again below: the Map's order is the order of last use
    kept.set(sql, statement)
    if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value!)
    return statement
  }
  connection.prepare = prepareOnce as typeof connection.prepare
  return connection
}
