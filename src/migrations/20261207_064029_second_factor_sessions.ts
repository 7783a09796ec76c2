import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_second_factor_recovery_codes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`hash\` text NOT NULL,
  	\`used_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_second_factor_recovery_codes_order_idx\` ON \`users_second_factor_recovery_codes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_second_factor_recovery_codes_parent_id_idx\` ON \`users_second_factor_recovery_codes\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`users_sessions\` ADD \`second_factor_at\` text;`)
  await db.run(sql`ALTER TABLE \`users_sessions\` ADD \`last_seen_at\` text;`)
  await db.run(sql`ALTER TABLE \`users_sessions\` ADD \`code_failures\` numeric;`)
  await db.run(sql`ALTER TABLE \`users_sessions\` ADD \`user_agent\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`second_factor_enrolled_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`second_factor_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`second_factor_pending_secret\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_second_factor_recovery_codes\`;`)
  await db.run(sql`ALTER TABLE \`users_sessions\` DROP COLUMN \`second_factor_at\`;`)
  await db.run(sql`ALTER TABLE \`users_sessions\` DROP COLUMN \`last_seen_at\`;`)
  await db.run(sql`ALTER TABLE \`users_sessions\` DROP COLUMN \`code_failures\`;`)
  await db.run(sql`ALTER TABLE \`users_sessions\` DROP COLUMN \`user_agent\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`second_factor_enrolled_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`second_factor_secret\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`second_factor_pending_secret\`;`)
}
