import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`nominations\` (
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
  await db.run(sql`CREATE INDEX \`nominations_status_idx\` ON \`nominations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`nominations_updated_at_idx\` ON \`nominations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`nominations_created_at_idx\` ON \`nominations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`nominations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`commendations_id\` integer,
  	\`model_stories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`nominations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`commendations_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`model_stories_id\`) REFERENCES \`model_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`nominations_rels_order_idx\` ON \`nominations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`nominations_rels_parent_idx\` ON \`nominations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_rels_path_idx\` ON \`nominations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`nominations_rels_commendations_id_idx\` ON \`nominations_rels\` (\`commendations_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_rels_model_stories_id_idx\` ON \`nominations_rels\` (\`model_stories_id\`);`)
  await db.run(sql`CREATE TABLE \`objections\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`commendation_id\` integer NOT NULL,
  	\`objector_name\` text NOT NULL,
  	\`objector_contact\` text NOT NULL,
  	\`grounds\` text NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`internal_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`commendation_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`objections_commendation_idx\` ON \`objections\` (\`commendation_id\`);`)
  await db.run(sql`CREATE INDEX \`objections_status_idx\` ON \`objections\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`objections_updated_at_idx\` ON \`objections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`objections_created_at_idx\` ON \`objections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`public_notice_state\` text;`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`public_notice_ends_at\` text;`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`public_notice_finalised_at\` text;`)
  await db.run(sql`CREATE INDEX \`commendations_public_notice_public_notice_state_idx\` ON \`commendations\` (\`public_notice_state\`);`)
  await db.run(sql`CREATE INDEX \`commendations_public_notice_public_notice_ends_at_idx\` ON \`commendations\` (\`public_notice_ends_at\`);`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_public_notice_state\` text;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_public_notice_ends_at\` text;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_public_notice_finalised_at\` text;`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_public_notice_version_public_no_idx\` ON \`_commendations_v\` (\`version_public_notice_state\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_public_notice_version_public__1_idx\` ON \`_commendations_v\` (\`version_public_notice_ends_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`nominations_id\` integer REFERENCES nominations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`objections_id\` integer REFERENCES objections(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_nominations_id_idx\` ON \`payload_locked_documents_rels\` (\`nominations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_objections_id_idx\` ON \`payload_locked_documents_rels\` (\`objections_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`nominations\`;`)
  await db.run(sql`DROP TABLE \`nominations_rels\`;`)
  await db.run(sql`DROP TABLE \`objections\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`commendations_id\` integer,
  	\`model_stories_id\` integer,
  	\`interpretations_id\` integer,
  	\`experts_id\` integer,
  	\`policies_id\` integer,
  	\`units_id\` integer,
  	\`people_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`assessment_intakes_id\` integer,
  	\`users_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`commendations_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`model_stories_id\`) REFERENCES \`model_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experts_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessment_intakes_id\`) REFERENCES \`assessment_intakes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "commendations_id", "model_stories_id", "interpretations_id", "experts_id", "policies_id", "units_id", "people_id", "media_id", "documents_id", "assessment_intakes_id", "users_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "commendations_id", "model_stories_id", "interpretations_id", "experts_id", "policies_id", "units_id", "people_id", "media_id", "documents_id", "assessment_intakes_id", "users_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_commendations_id_idx\` ON \`payload_locked_documents_rels\` (\`commendations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_model_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`model_stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_experts_id_idx\` ON \`payload_locked_documents_rels\` (\`experts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessment_intakes_id_idx\` ON \`payload_locked_documents_rels\` (\`assessment_intakes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`DROP INDEX \`commendations_public_notice_public_notice_state_idx\`;`)
  await db.run(sql`DROP INDEX \`commendations_public_notice_public_notice_ends_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`commendations\` DROP COLUMN \`public_notice_state\`;`)
  await db.run(sql`ALTER TABLE \`commendations\` DROP COLUMN \`public_notice_ends_at\`;`)
  await db.run(sql`ALTER TABLE \`commendations\` DROP COLUMN \`public_notice_finalised_at\`;`)
  await db.run(sql`DROP INDEX \`_commendations_v_version_public_notice_version_public_no_idx\`;`)
  await db.run(sql`DROP INDEX \`_commendations_v_version_public_notice_version_public__1_idx\`;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` DROP COLUMN \`version_public_notice_state\`;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` DROP COLUMN \`version_public_notice_ends_at\`;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` DROP COLUMN \`version_public_notice_finalised_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
