import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Nominations made before reference numbers have none; all of them nominated a person.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_nominations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`reference\` text,
  	\`nominee_kind\` text DEFAULT 'person' NOT NULL,
  	\`nominee\` text NOT NULL,
  	\`nominee_unit\` text,
  	\`deeds\` text NOT NULL,
  	\`nominator_name\` text NOT NULL,
  	\`nominator_contact\` text NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`internal_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_nominations\`("id", "reference", "nominee_kind", "nominee", "nominee_unit", "deeds", "nominator_name", "nominator_contact", "consent", "status", "internal_note", "updated_at", "created_at") SELECT "id", NULL, 'person', "nominee", "nominee_unit", "deeds", "nominator_name", "nominator_contact", "consent", "status", "internal_note", "updated_at", "created_at" FROM \`nominations\`;`)
  await db.run(sql`DROP TABLE \`nominations\`;`)
  await db.run(sql`ALTER TABLE \`__new_nominations\` RENAME TO \`nominations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`nominations_reference_idx\` ON \`nominations\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`nominations_status_idx\` ON \`nominations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`nominations_updated_at_idx\` ON \`nominations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`nominations_created_at_idx\` ON \`nominations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_nominations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`nominee\` text NOT NULL,
  	\`nominee_unit\` text NOT NULL,
  	\`deeds\` text NOT NULL,
  	\`nominator_name\` text NOT NULL,
  	\`nominator_contact\` text NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`internal_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_nominations\`("id", "nominee", "nominee_unit", "deeds", "nominator_name", "nominator_contact", "consent", "status", "internal_note", "updated_at", "created_at") SELECT "id", "nominee", coalesce("nominee_unit", ''), "deeds", "nominator_name", "nominator_contact", "consent", "status", "internal_note", "updated_at", "created_at" FROM \`nominations\`;`)
  await db.run(sql`DROP TABLE \`nominations\`;`)
  await db.run(sql`ALTER TABLE \`__new_nominations\` RENAME TO \`nominations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`nominations_status_idx\` ON \`nominations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`nominations_updated_at_idx\` ON \`nominations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`nominations_created_at_idx\` ON \`nominations\` (\`created_at\`);`)
}
