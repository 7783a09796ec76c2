import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`nominations\` ADD \`reference\` text;`)
  await db.run(sql`ALTER TABLE \`nominations\` ADD \`nominee_kind\` text DEFAULT 'person' NOT NULL;`)
  await db.run(sql`CREATE UNIQUE INDEX \`nominations_reference_idx\` ON \`nominations\` (\`reference\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`nominations_reference_idx\`;`)
  await db.run(sql`ALTER TABLE \`nominations\` DROP COLUMN \`reference\`;`)
  await db.run(sql`ALTER TABLE \`nominations\` DROP COLUMN \`nominee_kind\`;`)
}
