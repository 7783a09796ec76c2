import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`type\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`language\` text NOT NULL,
  	\`slug\` text,
  	\`title\` text NOT NULL,
  	\`text\` text,
  	\`terms\` text NOT NULL,
  	\`year\` numeric,
  	\`mechanism\` text,
  	\`date\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_type_idx\` ON \`search\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`search_year_idx\` ON \`search\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`search_updated_at_idx\` ON \`search\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_created_at_idx\` ON \`search\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`type_docId_idx\` ON \`search\` (\`type\`,\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`language_date_idx\` ON \`search\` (\`language\`,\`date\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search\`;`)
}
