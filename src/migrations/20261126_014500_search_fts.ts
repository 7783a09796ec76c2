// Hand-written (not generated): SQLite's full-text index over the search table's `terms`, an FTS5
// table with external content kept in step by triggers, so a search reads an inverted index
// instead of scanning every entry. Payload's schema snapshots do not know this table; see
// docs/adr/0016-site-search.md. MongoDB needs none of it.
import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(terms, content='search', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
  )
  await db.run(sql`CREATE TRIGGER IF NOT EXISTS search_fts_insert AFTER INSERT ON search BEGIN
    INSERT INTO search_fts(rowid, terms) VALUES (new.id, new.terms);
  END`)
  await db.run(sql`CREATE TRIGGER IF NOT EXISTS search_fts_delete AFTER DELETE ON search BEGIN
    INSERT INTO search_fts(search_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
  END`)
  await db.run(sql`CREATE TRIGGER IF NOT EXISTS search_fts_update AFTER UPDATE OF terms ON search BEGIN
    INSERT INTO search_fts(search_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
    INSERT INTO search_fts(rowid, terms) VALUES (new.id, new.terms);
  END`)
  await db.run(sql`INSERT INTO search_fts(search_fts) VALUES ('rebuild')`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER IF EXISTS search_fts_update`)
  await db.run(sql`DROP TRIGGER IF EXISTS search_fts_delete`)
  await db.run(sql`DROP TRIGGER IF EXISTS search_fts_insert`)
  await db.run(sql`DROP TABLE IF EXISTS search_fts`)
}
