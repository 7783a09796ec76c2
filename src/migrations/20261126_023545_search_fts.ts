// Hand-written (not generated): SQLite's full-text index over the search table's `terms`. A
// contentless FTS5 table whose row ids carry each entry's date, language and facets
// (src/search/sqliteRowid.ts), kept in step with the table by triggers, so a search reads only the
// inverted index until it shows one page. Payload's schema snapshots do not know this table; see
// docs/adr/0016-site-search.md. MongoDB needs none of it.
import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { rowidSql } from '../search/sqliteRowid'

const insert = (row: string) =>
  `INSERT INTO search_fts(rowid, terms) VALUES (${rowidSql(row)}, ${row}.terms);`
const remove = (row: string) => `DELETE FROM search_fts WHERE rowid = ${rowidSql(row)};`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(terms, content='',
      contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`),
  )
  await db.run(
    sql.raw(`CREATE TRIGGER IF NOT EXISTS search_fts_insert AFTER INSERT ON search
      BEGIN ${insert('new')} END`),
  )
  await db.run(
    sql.raw(`CREATE TRIGGER IF NOT EXISTS search_fts_delete AFTER DELETE ON search
      BEGIN ${remove('old')} END`),
  )
  await db.run(
    sql.raw(`CREATE TRIGGER IF NOT EXISTS search_fts_update AFTER UPDATE ON search
      BEGIN ${remove('old')} ${insert('new')} END`),
  )
  await db.run(
    sql.raw(`INSERT INTO search_fts(rowid, terms) SELECT ${rowidSql('s')}, s.terms FROM search s`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER IF EXISTS search_fts_update`)
  await db.run(sql`DROP TRIGGER IF EXISTS search_fts_delete`)
  await db.run(sql`DROP TRIGGER IF EXISTS search_fts_insert`)
  await db.run(sql`DROP TABLE IF EXISTS search_fts`)
}
