import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`commendations_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commendations_change_notes_order_idx\` ON \`commendations_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`commendations_change_notes_parent_id_idx\` ON \`commendations_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`commendations_change_notes_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commendations_change_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`commendations_change_notes_locales_locale_parent_id_unique\` ON \`commendations_change_notes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`commendations_remarks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commendations_remarks_order_idx\` ON \`commendations_remarks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`commendations_remarks_parent_id_idx\` ON \`commendations_remarks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_remarks_by_idx\` ON \`commendations_remarks\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_commendations_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_commendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_change_notes_order_idx\` ON \`_commendations_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_change_notes_parent_id_idx\` ON \`_commendations_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_commendations_v_version_change_notes_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_commendations_v_version_change_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_commendations_v_version_change_notes_locales_locale_parent_\` ON \`_commendations_v_version_change_notes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_commendations_v_version_remarks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`text\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_commendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_remarks_order_idx\` ON \`_commendations_v_version_remarks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_remarks_parent_id_idx\` ON \`_commendations_v_version_remarks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_remarks_by_idx\` ON \`_commendations_v_version_remarks\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`model_stories_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`model_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`model_stories_change_notes_order_idx\` ON \`model_stories_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_change_notes_parent_id_idx\` ON \`model_stories_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`model_stories_change_notes_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`model_stories_change_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`model_stories_change_notes_locales_locale_parent_id_unique\` ON \`model_stories_change_notes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`model_stories_remarks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`model_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`model_stories_remarks_order_idx\` ON \`model_stories_remarks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_remarks_parent_id_idx\` ON \`model_stories_remarks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_remarks_by_idx\` ON \`model_stories_remarks\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_model_stories_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_model_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_change_notes_order_idx\` ON \`_model_stories_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_change_notes_parent_id_idx\` ON \`_model_stories_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_model_stories_v_version_change_notes_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_model_stories_v_version_change_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_model_stories_v_version_change_notes_locales_locale_parent_\` ON \`_model_stories_v_version_change_notes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_model_stories_v_version_remarks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`text\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_model_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_remarks_order_idx\` ON \`_model_stories_v_version_remarks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_remarks_parent_id_idx\` ON \`_model_stories_v_version_remarks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_remarks_by_idx\` ON \`_model_stories_v_version_remarks\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_change_notes_order_idx\` ON \`interpretations_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_change_notes_parent_id_idx\` ON \`interpretations_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_change_notes_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations_change_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interpretations_change_notes_locales_locale_parent_id_unique\` ON \`interpretations_change_notes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_remarks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_remarks_order_idx\` ON \`interpretations_remarks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_remarks_parent_id_idx\` ON \`interpretations_remarks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_remarks_by_idx\` ON \`interpretations_remarks\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_change_notes_order_idx\` ON \`_interpretations_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_change_notes_parent_id_idx\` ON \`_interpretations_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_change_notes_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v_version_change_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_interpretations_v_version_change_notes_locales_locale_paren\` ON \`_interpretations_v_version_change_notes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_remarks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`text\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_remarks_order_idx\` ON \`_interpretations_v_version_remarks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_remarks_parent_id_idx\` ON \`_interpretations_v_version_remarks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_remarks_by_idx\` ON \`_interpretations_v_version_remarks\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_change_notes_order_idx\` ON \`policies_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policies_change_notes_parent_id_idx\` ON \`policies_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_change_notes_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies_change_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_change_notes_locales_locale_parent_id_unique\` ON \`policies_change_notes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_remarks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_remarks_order_idx\` ON \`policies_remarks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policies_remarks_parent_id_idx\` ON \`policies_remarks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_remarks_by_idx\` ON \`policies_remarks\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_change_notes_order_idx\` ON \`_policies_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_change_notes_parent_id_idx\` ON \`_policies_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_change_notes_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v_version_change_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_policies_v_version_change_notes_locales_locale_parent_id_un\` ON \`_policies_v_version_change_notes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_remarks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`text\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_remarks_order_idx\` ON \`_policies_v_version_remarks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_remarks_parent_id_idx\` ON \`_policies_v_version_remarks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_remarks_by_idx\` ON \`_policies_v_version_remarks\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`withdrawal_at\` text;`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`commendations_review_state_idx\` ON \`commendations\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`commendations_created_by_idx\` ON \`commendations\` (\`created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`commendations_locales\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_withdrawal_at\` text;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_review_state_idx\` ON \`_commendations_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_created_by_idx\` ON \`_commendations_v\` (\`version_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_commendations_v_locales\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`model_stories\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`model_stories\` ADD \`rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`model_stories\` ADD \`withdrawal_at\` text;`)
  await db.run(sql`ALTER TABLE \`model_stories\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`model_stories_review_state_idx\` ON \`model_stories\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_created_by_idx\` ON \`model_stories\` (\`created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`model_stories_locales\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_model_stories_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_model_stories_v\` ADD \`version_rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_model_stories_v\` ADD \`version_withdrawal_at\` text;`)
  await db.run(sql`ALTER TABLE \`_model_stories_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_review_state_idx\` ON \`_model_stories_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_created_by_idx\` ON \`_model_stories_v\` (\`version_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_model_stories_v_locales\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`withdrawal_at\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`interpretations_review_state_idx\` ON \`interpretations\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_by_idx\` ON \`interpretations\` (\`created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`interpretations_locales\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_withdrawal_at\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_review_state_idx\` ON \`_interpretations_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_created_by_idx\` ON \`_interpretations_v\` (\`version_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v_locales\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`withdrawal_at\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`policies_review_state_idx\` ON \`policies\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_by_idx\` ON \`policies\` (\`created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`policies_locales\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_withdrawal_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_review_state_idx\` ON \`_policies_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_by_idx\` ON \`_policies_v\` (\`version_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v_locales\` ADD \`version_withdrawal_reason\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`commendations_change_notes\`;`)
  await db.run(sql`DROP TABLE \`commendations_change_notes_locales\`;`)
  await db.run(sql`DROP TABLE \`commendations_remarks\`;`)
  await db.run(sql`DROP TABLE \`_commendations_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_commendations_v_version_change_notes_locales\`;`)
  await db.run(sql`DROP TABLE \`_commendations_v_version_remarks\`;`)
  await db.run(sql`DROP TABLE \`model_stories_change_notes\`;`)
  await db.run(sql`DROP TABLE \`model_stories_change_notes_locales\`;`)
  await db.run(sql`DROP TABLE \`model_stories_remarks\`;`)
  await db.run(sql`DROP TABLE \`_model_stories_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_model_stories_v_version_change_notes_locales\`;`)
  await db.run(sql`DROP TABLE \`_model_stories_v_version_remarks\`;`)
  await db.run(sql`DROP TABLE \`interpretations_change_notes\`;`)
  await db.run(sql`DROP TABLE \`interpretations_change_notes_locales\`;`)
  await db.run(sql`DROP TABLE \`interpretations_remarks\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_change_notes_locales\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_remarks\`;`)
  await db.run(sql`DROP TABLE \`policies_change_notes\`;`)
  await db.run(sql`DROP TABLE \`policies_change_notes_locales\`;`)
  await db.run(sql`DROP TABLE \`policies_remarks\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_change_notes_locales\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_remarks\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_commendations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`notice_number\` text,
  	\`issued_at\` text,
  	\`assessment_year\` numeric,
  	\`mechanism\` text,
  	\`attachment_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_commendations\`("id", "slug", "notice_number", "issued_at", "assessment_year", "mechanism", "attachment_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "notice_number", "issued_at", "assessment_year", "mechanism", "attachment_id", "updated_at", "created_at", "_status" FROM \`commendations\`;`)
  await db.run(sql`DROP TABLE \`commendations\`;`)
  await db.run(sql`ALTER TABLE \`__new_commendations\` RENAME TO \`commendations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`commendations_slug_idx\` ON \`commendations\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`commendations_notice_number_idx\` ON \`commendations\` (\`notice_number\`);`)
  await db.run(sql`CREATE INDEX \`commendations_issued_at_idx\` ON \`commendations\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`commendations_assessment_year_idx\` ON \`commendations\` (\`assessment_year\`);`)
  await db.run(sql`CREATE INDEX \`commendations_mechanism_idx\` ON \`commendations\` (\`mechanism\`);`)
  await db.run(sql`CREATE INDEX \`commendations_attachment_idx\` ON \`commendations\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_updated_at_idx\` ON \`commendations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`commendations_created_at_idx\` ON \`commendations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`commendations__status_idx\` ON \`commendations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__commendations_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_notice_number\` text,
  	\`version_issued_at\` text,
  	\`version_assessment_year\` numeric,
  	\`version_mechanism\` text,
  	\`version_attachment_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_attachment_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__commendations_v\`("id", "parent_id", "version_slug", "version_notice_number", "version_issued_at", "version_assessment_year", "version_mechanism", "version_attachment_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_notice_number", "version_issued_at", "version_assessment_year", "version_mechanism", "version_attachment_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_commendations_v\`;`)
  await db.run(sql`DROP TABLE \`_commendations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__commendations_v\` RENAME TO \`_commendations_v\`;`)
  await db.run(sql`CREATE INDEX \`_commendations_v_parent_idx\` ON \`_commendations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_slug_idx\` ON \`_commendations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_notice_number_idx\` ON \`_commendations_v\` (\`version_notice_number\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_issued_at_idx\` ON \`_commendations_v\` (\`version_issued_at\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_assessment_year_idx\` ON \`_commendations_v\` (\`version_assessment_year\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_mechanism_idx\` ON \`_commendations_v\` (\`version_mechanism\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_attachment_idx\` ON \`_commendations_v\` (\`version_attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_updated_at_idx\` ON \`_commendations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_created_at_idx\` ON \`_commendations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version__status_idx\` ON \`_commendations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_created_at_idx\` ON \`_commendations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_updated_at_idx\` ON \`_commendations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_snapshot_idx\` ON \`_commendations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_published_locale_idx\` ON \`_commendations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_latest_idx\` ON \`_commendations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_model_stories\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`polarity\` text,
  	\`mechanism\` text,
  	\`subject_unit_id\` integer,
  	\`subject_person_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`subject_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subject_person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_model_stories\`("id", "slug", "polarity", "mechanism", "subject_unit_id", "subject_person_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "polarity", "mechanism", "subject_unit_id", "subject_person_id", "updated_at", "created_at", "_status" FROM \`model_stories\`;`)
  await db.run(sql`DROP TABLE \`model_stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_model_stories\` RENAME TO \`model_stories\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`model_stories_slug_idx\` ON \`model_stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_polarity_idx\` ON \`model_stories\` (\`polarity\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_mechanism_idx\` ON \`model_stories\` (\`mechanism\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_subject_subject_unit_idx\` ON \`model_stories\` (\`subject_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`model_stories_subject_subject_person_idx\` ON \`model_stories\` (\`subject_person_id\`);`)
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
  	FOREIGN KEY (\`version_subject_person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__model_stories_v\`("id", "parent_id", "version_slug", "version_polarity", "version_mechanism", "version_subject_unit_id", "version_subject_person_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_polarity", "version_mechanism", "version_subject_unit_id", "version_subject_person_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_model_stories_v\`;`)
  await db.run(sql`DROP TABLE \`_model_stories_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__model_stories_v\` RENAME TO \`_model_stories_v\`;`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_parent_idx\` ON \`_model_stories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_slug_idx\` ON \`_model_stories_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_polarity_idx\` ON \`_model_stories_v\` (\`version_polarity\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_mechanism_idx\` ON \`_model_stories_v\` (\`version_mechanism\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_subject_version_subject_unit_idx\` ON \`_model_stories_v\` (\`version_subject_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_subject_version_subject_person_idx\` ON \`_model_stories_v\` (\`version_subject_person_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_updated_at_idx\` ON \`_model_stories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version_created_at_idx\` ON \`_model_stories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_version_version__status_idx\` ON \`_model_stories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_created_at_idx\` ON \`_model_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_updated_at_idx\` ON \`_model_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_snapshot_idx\` ON \`_model_stories_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_published_locale_idx\` ON \`_model_stories_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_model_stories_v_latest_idx\` ON \`_model_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_interpretations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`author_id\` integer,
  	\`mechanism\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interpretations\`("id", "slug", "author_id", "mechanism", "updated_at", "created_at", "_status") SELECT "id", "slug", "author_id", "mechanism", "updated_at", "created_at", "_status" FROM \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`ALTER TABLE \`__new_interpretations\` RENAME TO \`interpretations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`interpretations_slug_idx\` ON \`interpretations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_author_idx\` ON \`interpretations\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_mechanism_idx\` ON \`interpretations\` (\`mechanism\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_updated_at_idx\` ON \`interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_at_idx\` ON \`interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations__status_idx\` ON \`interpretations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__interpretations_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_author_id\` integer,
  	\`version_mechanism\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interpretations_v\`("id", "parent_id", "version_slug", "version_author_id", "version_mechanism", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_author_id", "version_mechanism", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__interpretations_v\` RENAME TO \`_interpretations_v\`;`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_parent_idx\` ON \`_interpretations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_slug_idx\` ON \`_interpretations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_author_idx\` ON \`_interpretations_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_mechanism_idx\` ON \`_interpretations_v\` (\`version_mechanism\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_updated_at_idx\` ON \`_interpretations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_created_at_idx\` ON \`_interpretations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version__status_idx\` ON \`_interpretations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_created_at_idx\` ON \`_interpretations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_updated_at_idx\` ON \`_interpretations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_snapshot_idx\` ON \`_interpretations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_published_locale_idx\` ON \`_interpretations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_latest_idx\` ON \`_interpretations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_policies\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`document_number\` text,
  	\`issued_at\` text,
  	\`effective_from\` text,
  	\`status\` text DEFAULT 'in-force',
  	\`attachment_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policies\`("id", "slug", "document_number", "issued_at", "effective_from", "status", "attachment_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "document_number", "issued_at", "effective_from", "status", "attachment_id", "updated_at", "created_at", "_status" FROM \`policies\`;`)
  await db.run(sql`DROP TABLE \`policies\`;`)
  await db.run(sql`ALTER TABLE \`__new_policies\` RENAME TO \`policies\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_slug_idx\` ON \`policies\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_document_number_idx\` ON \`policies\` (\`document_number\`);`)
  await db.run(sql`CREATE INDEX \`policies_issued_at_idx\` ON \`policies\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_status_idx\` ON \`policies\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`policies_attachment_idx\` ON \`policies\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_updated_at_idx\` ON \`policies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_at_idx\` ON \`policies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policies__status_idx\` ON \`policies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__policies_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_document_number\` text,
  	\`version_issued_at\` text,
  	\`version_effective_from\` text,
  	\`version_status\` text DEFAULT 'in-force',
  	\`version_attachment_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_attachment_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__policies_v\`("id", "parent_id", "version_slug", "version_document_number", "version_issued_at", "version_effective_from", "version_status", "version_attachment_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_document_number", "version_issued_at", "version_effective_from", "version_status", "version_attachment_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_policies_v\`;`)
  await db.run(sql`DROP TABLE \`_policies_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__policies_v\` RENAME TO \`_policies_v\`;`)
  await db.run(sql`CREATE INDEX \`_policies_v_parent_idx\` ON \`_policies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_slug_idx\` ON \`_policies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_document_number_idx\` ON \`_policies_v\` (\`version_document_number\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_issued_at_idx\` ON \`_policies_v\` (\`version_issued_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_status_idx\` ON \`_policies_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_attachment_idx\` ON \`_policies_v\` (\`version_attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_at_idx\` ON \`_policies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_at_idx\` ON \`_policies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version__status_idx\` ON \`_policies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_created_at_idx\` ON \`_policies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_updated_at_idx\` ON \`_policies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_snapshot_idx\` ON \`_policies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_published_locale_idx\` ON \`_policies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_latest_idx\` ON \`_policies_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`commendations_locales\` DROP COLUMN \`withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`_commendations_v_locales\` DROP COLUMN \`version_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`model_stories_locales\` DROP COLUMN \`withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`_model_stories_v_locales\` DROP COLUMN \`version_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`interpretations_locales\` DROP COLUMN \`withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v_locales\` DROP COLUMN \`version_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`policies_locales\` DROP COLUMN \`withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v_locales\` DROP COLUMN \`version_withdrawal_reason\`;`)
}
