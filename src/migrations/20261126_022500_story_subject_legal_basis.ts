import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`model_stories\` ADD \`subject_legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`model_stories\` ADD \`subject_legal_basis_recorded\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_model_stories_v\` ADD \`version_subject_legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_model_stories_v\` ADD \`version_subject_legal_basis_recorded\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`model_stories\` DROP COLUMN \`subject_legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`model_stories\` DROP COLUMN \`subject_legal_basis_recorded\`;`)
  await db.run(sql`ALTER TABLE \`_model_stories_v\` DROP COLUMN \`version_subject_legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`_model_stories_v\` DROP COLUMN \`version_subject_legal_basis_recorded\`;`)
}
