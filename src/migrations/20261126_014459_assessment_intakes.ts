import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`assessment_intakes_outcome_grades_replaced\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessment_intakes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessment_intakes_outcome_grades_replaced_order_idx\` ON \`assessment_intakes_outcome_grades_replaced\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessment_intakes_outcome_grades_replaced_parent_id_idx\` ON \`assessment_intakes_outcome_grades_replaced\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`assessment_intakes_outcome_grades_replaced_unit_idx\` ON \`assessment_intakes_outcome_grades_replaced\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`assessment_intakes\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`assessment_year\` numeric NOT NULL,
  	\`notice_title\` text,
  	\`notice_notice_number\` text,
  	\`notice_issuing_body\` text,
  	\`notice_issued_at\` text,
  	\`notice_mechanism\` text DEFAULT 'incentive',
  	\`notice_summary\` text,
  	\`outcome_rows_read\` numeric,
  	\`outcome_grades_added\` numeric,
  	\`outcome_grades_unchanged\` numeric,
  	\`outcome_awardees\` numeric,
  	\`outcome_commendation_id\` integer,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`outcome_commendation_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`assessment_intakes_outcome_outcome_commendation_idx\` ON \`assessment_intakes\` (\`outcome_commendation_id\`);`)
  await db.run(sql`CREATE INDEX \`assessment_intakes_uploaded_by_idx\` ON \`assessment_intakes\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`assessment_intakes_updated_at_idx\` ON \`assessment_intakes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assessment_intakes_created_at_idx\` ON \`assessment_intakes\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`assessment_intakes_filename_idx\` ON \`assessment_intakes\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`assessment_intakes_id\` integer REFERENCES assessment_intakes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessment_intakes_id_idx\` ON \`payload_locked_documents_rels\` (\`assessment_intakes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`assessment_intakes_outcome_grades_replaced\`;`)
  await db.run(sql`DROP TABLE \`assessment_intakes\`;`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "commendations_id", "model_stories_id", "interpretations_id", "experts_id", "policies_id", "units_id", "people_id", "media_id", "documents_id", "users_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "commendations_id", "model_stories_id", "interpretations_id", "experts_id", "policies_id", "units_id", "people_id", "media_id", "documents_id", "users_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}
