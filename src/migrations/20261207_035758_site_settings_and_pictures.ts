import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`emblem_id\` integer,
  	\`telephone\` text,
  	\`email\` text,
  	\`website_code\` text,
  	\`icp_number\` text,
  	\`icp_link\` text,
  	\`public_security_number\` text,
  	\`public_security_link\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`emblem_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_emblem_idx\` ON \`site_settings\` (\`emblem_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`district\` text NOT NULL,
  	\`column_name\` text NOT NULL,
  	\`sponsor\` text,
  	\`organiser\` text,
  	\`address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_locales_parent_idx\` ON \`site_settings_locales\` (\`_parent_id\`);`)
  await db.run(sql`DROP INDEX \`media_sizes_card_sizes_card_filename_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_wide_sizes_wide_filename_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_portrait_small_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_portrait_small_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_portrait_small_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_portrait_small_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_portrait_small_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_portrait_small_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_portrait_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_portrait_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_portrait_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_portrait_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_portrait_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_portrait_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_small_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_small_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_small_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_small_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_small_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_small_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_large_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_large_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_large_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_large_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_large_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_landscape_large_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_sizes_portrait_small_sizes_portrait_small_filename_idx\` ON \`media\` (\`sizes_portrait_small_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_portrait_sizes_portrait_filename_idx\` ON \`media\` (\`sizes_portrait_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_landscape_small_sizes_landscape_small_filena_idx\` ON \`media\` (\`sizes_landscape_small_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_landscape_sizes_landscape_filename_idx\` ON \`media\` (\`sizes_landscape_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_landscape_large_sizes_landscape_large_filena_idx\` ON \`media\` (\`sizes_landscape_large_filename\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_card_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_card_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_card_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_card_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_card_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_card_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_wide_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_wide_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_wide_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_wide_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_wide_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_wide_filename\`;`)
  await db.run(sql`ALTER TABLE \`model_stories\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`model_stories_image_idx\` ON \`model_stories\` (\`image_id\`);`)
  await db.run(sql`ALTER TABLE \`_model_stories_v\` ADD \`version_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_image_idx\` ON \`_model_stories_v\` (\`version_image_id\`);`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`units_image_idx\` ON \`units\` (\`image_id\`);`)
  await db.run(sql`ALTER TABLE \`_units_v\` ADD \`version_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_image_idx\` ON \`_units_v\` (\`version_image_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_model_stories\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`polarity\` text,
  	\`mechanism\` text,
  	\`subject_unit_id\` integer,
  	\`subject_person_id\` integer,
  	\`subject_legal_basis\` text,
  	\`subject_legal_basis_recorded\` integer DEFAULT false,
  	\`review_state\` text DEFAULT 'draft',
  	\`rejection_reason\` text,
  	\`withdrawal_at\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`subject_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subject_person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_model_stories\`("id", "slug", "polarity", "mechanism", "subject_unit_id", "subject_person_id", "subject_legal_basis", "subject_legal_basis_recorded", "review_state", "rejection_reason", "withdrawal_at", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "polarity", "mechanism", "subject_unit_id", "subject_person_id", "subject_legal_basis", "subject_legal_basis_recorded", "review_state", "rejection_reason", "withdrawal_at", "created_by_id", "updated_at", "created_at", "_status" FROM \`model_stories\`;`)
  await db.run(sql`DROP TABLE \`model_stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_model_stories\` RENAME TO \`model_stories\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`model_stories_slug_idx\` ON \`model_stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_polarity_idx\` ON \`model_stories\` (\`polarity\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_mechanism_idx\` ON \`model_stories\` (\`mechanism\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_subject_subject_unit_idx\` ON \`model_stories\` (\`subject_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_subject_subject_person_idx\` ON \`model_stories\` (\`subject_person_id\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_review_state_idx\` ON \`model_stories\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_created_by_idx\` ON \`model_stories\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_updated_at_idx\` ON \`model_stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_created_at_idx\` ON \`model_stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`model_stories__status_idx\` ON \`model_stories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__model_stories_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_polarity\` text,
  	\`version_mechanism\` text,
  	\`version_subject_unit_id\` integer,
  	\`version_subject_person_id\` integer,
  	\`version_subject_legal_basis\` text,
  	\`version_subject_legal_basis_recorded\` integer DEFAULT false,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_rejection_reason\` text,
  	\`version_withdrawal_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`model_stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_subject_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_subject_person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__model_stories_v\`("id", "parent_id", "version_slug", "version_polarity", "version_mechanism", "version_subject_unit_id", "version_subject_person_id", "version_subject_legal_basis", "version_subject_legal_basis_recorded", "version_review_state", "version_rejection_reason", "version_withdrawal_at", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_polarity", "version_mechanism", "version_subject_unit_id", "version_subject_person_id", "version_subject_legal_basis", "version_subject_legal_basis_recorded", "version_review_state", "version_rejection_reason", "version_withdrawal_at", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_model_stories_v\`;`)
  await db.run(sql`DROP TABLE \`_model_stories_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__model_stories_v\` RENAME TO \`_model_stories_v\`;`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_parent_idx\` ON \`_model_stories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_slug_idx\` ON \`_model_stories_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_polarity_idx\` ON \`_model_stories_v\` (\`version_polarity\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_mechanism_idx\` ON \`_model_stories_v\` (\`version_mechanism\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_subject_version_subject_unit_idx\` ON \`_model_stories_v\` (\`version_subject_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_subject_version_subject_person_idx\` ON \`_model_stories_v\` (\`version_subject_person_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_review_state_idx\` ON \`_model_stories_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_created_by_idx\` ON \`_model_stories_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_updated_at_idx\` ON \`_model_stories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_created_at_idx\` ON \`_model_stories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version__status_idx\` ON \`_model_stories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_created_at_idx\` ON \`_model_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_updated_at_idx\` ON \`_model_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_snapshot_idx\` ON \`_model_stories_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_published_locale_idx\` ON \`_model_stories_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_latest_idx\` ON \`_model_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_units\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`assessment_category\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_units\`("id", "slug", "kind", "assessment_category", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "assessment_category", "updated_at", "created_at", "_status" FROM \`units\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`ALTER TABLE \`__new_units\` RENAME TO \`units\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`units_slug_idx\` ON \`units\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`units_kind_idx\` ON \`units\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`units_assessment_category_idx\` ON \`units\` (\`assessment_category\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`units__status_idx\` ON \`units\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__units_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_assessment_category\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__units_v\`("id", "parent_id", "version_slug", "version_kind", "version_assessment_category", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_assessment_category", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_units_v\`;`)
  await db.run(sql`DROP TABLE \`_units_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__units_v\` RENAME TO \`_units_v\`;`)
  await db.run(sql`CREATE INDEX \`_units_v_parent_idx\` ON \`_units_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_slug_idx\` ON \`_units_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_kind_idx\` ON \`_units_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_assessment_category_idx\` ON \`_units_v\` (\`version_assessment_category\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_updated_at_idx\` ON \`_units_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_created_at_idx\` ON \`_units_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version__status_idx\` ON \`_units_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_created_at_idx\` ON \`_units_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_updated_at_idx\` ON \`_units_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_snapshot_idx\` ON \`_units_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_published_locale_idx\` ON \`_units_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_latest_idx\` ON \`_units_v\` (\`latest\`);`)
  await db.run(sql`DROP INDEX \`media_sizes_portrait_small_sizes_portrait_small_filename_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_portrait_sizes_portrait_filename_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_landscape_small_sizes_landscape_small_filena_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_landscape_sizes_landscape_filename_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_landscape_large_sizes_landscape_large_filena_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_card_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_card_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_card_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_card_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_card_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_card_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_wide_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_wide_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_wide_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_wide_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_wide_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_wide_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_portrait_small_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_portrait_small_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_portrait_small_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_portrait_small_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_portrait_small_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_portrait_small_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_portrait_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_portrait_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_portrait_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_portrait_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_portrait_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_portrait_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_small_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_small_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_small_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_small_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_small_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_small_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_large_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_large_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_large_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_large_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_large_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_landscape_large_filename\`;`)
}
