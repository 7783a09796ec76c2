import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`commendations_awardees\` ADD \`assessment_category\` text;`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`awardee_groups_key_development\` integer;`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`awardee_groups_ecological_development\` integer;`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`awardee_groups_party_mass\` integer;`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`awardee_groups_comprehensive\` integer;`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`awardee_groups_economic\` integer;`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`awardee_groups_residential\` integer;`)
  await db.run(sql`ALTER TABLE \`commendations\` ADD \`awardee_groups_people\` integer;`)
  await db.run(sql`CREATE INDEX \`_status_issuedAt_createdAt_reviewState_idx\` ON \`commendations\` (\`_status\`,\`issued_at\`,\`created_at\`,\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`assessmentYear__status_issuedAt_createdAt_reviewState_idx\` ON \`commendations\` (\`assessment_year\`,\`_status\`,\`issued_at\`,\`created_at\`,\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_commendations_v_version_awardees\` ADD \`assessment_category\` text;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_awardee_groups_key_development\` integer;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_awardee_groups_ecological_development\` integer;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_awardee_groups_party_mass\` integer;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_awardee_groups_comprehensive\` integer;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_awardee_groups_economic\` integer;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_awardee_groups_residential\` integer;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` ADD \`version_awardee_groups_people\` integer;`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_commendations_v\` (\`version__status\`,\`version_issued_at\`,\`version_created_at\`,\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_commendations_v\` (\`version_assessment_year\`,\`version__status\`,\`version_issued_at\`,\`version_created_at\`,\`version_review_state\`);`)
  // Notices saved before this migration: their awardees' categories and groups, as the
  // stampAwardeeGroups hook records them on every save from now on.
  await db.run(sql`UPDATE \`commendations_awardees\` SET \`assessment_category\` = (SELECT \`assessment_category\` FROM \`units\` WHERE \`units\`.\`id\` = \`commendations_awardees\`.\`unit_id\`) WHERE \`unit_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`commendations\` SET
  	\`awardee_groups_key_development\` = EXISTS (SELECT 1 FROM \`commendations_awardees\` a WHERE a.\`_parent_id\` = \`commendations\`.\`id\` AND a.\`assessment_category\` = 'key-development'),
  	\`awardee_groups_ecological_development\` = EXISTS (SELECT 1 FROM \`commendations_awardees\` a WHERE a.\`_parent_id\` = \`commendations\`.\`id\` AND a.\`assessment_category\` = 'ecological-development'),
  	\`awardee_groups_party_mass\` = EXISTS (SELECT 1 FROM \`commendations_awardees\` a WHERE a.\`_parent_id\` = \`commendations\`.\`id\` AND a.\`assessment_category\` = 'party-mass'),
  	\`awardee_groups_comprehensive\` = EXISTS (SELECT 1 FROM \`commendations_awardees\` a WHERE a.\`_parent_id\` = \`commendations\`.\`id\` AND a.\`assessment_category\` = 'comprehensive'),
  	\`awardee_groups_economic\` = EXISTS (SELECT 1 FROM \`commendations_awardees\` a WHERE a.\`_parent_id\` = \`commendations\`.\`id\` AND a.\`assessment_category\` = 'economic'),
  	\`awardee_groups_residential\` = EXISTS (SELECT 1 FROM \`commendations_awardees\` a WHERE a.\`_parent_id\` = \`commendations\`.\`id\` AND a.\`assessment_category\` = 'residential'),
  	\`awardee_groups_people\` = EXISTS (SELECT 1 FROM \`commendations_awardees\` a WHERE a.\`_parent_id\` = \`commendations\`.\`id\` AND a.\`person_id\` IS NOT NULL);`)
  await db.run(sql`UPDATE \`_commendations_v_version_awardees\` SET \`assessment_category\` = (SELECT \`assessment_category\` FROM \`units\` WHERE \`units\`.\`id\` = \`_commendations_v_version_awardees\`.\`unit_id\`) WHERE \`unit_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`_commendations_v\` SET
  	\`version_awardee_groups_key_development\` = EXISTS (SELECT 1 FROM \`_commendations_v_version_awardees\` a WHERE a.\`_parent_id\` = \`_commendations_v\`.\`id\` AND a.\`assessment_category\` = 'key-development'),
  	\`version_awardee_groups_ecological_development\` = EXISTS (SELECT 1 FROM \`_commendations_v_version_awardees\` a WHERE a.\`_parent_id\` = \`_commendations_v\`.\`id\` AND a.\`assessment_category\` = 'ecological-development'),
  	\`version_awardee_groups_party_mass\` = EXISTS (SELECT 1 FROM \`_commendations_v_version_awardees\` a WHERE a.\`_parent_id\` = \`_commendations_v\`.\`id\` AND a.\`assessment_category\` = 'party-mass'),
  	\`version_awardee_groups_comprehensive\` = EXISTS (SELECT 1 FROM \`_commendations_v_version_awardees\` a WHERE a.\`_parent_id\` = \`_commendations_v\`.\`id\` AND a.\`assessment_category\` = 'comprehensive'),
  	\`version_awardee_groups_economic\` = EXISTS (SELECT 1 FROM \`_commendations_v_version_awardees\` a WHERE a.\`_parent_id\` = \`_commendations_v\`.\`id\` AND a.\`assessment_category\` = 'economic'),
  	\`version_awardee_groups_residential\` = EXISTS (SELECT 1 FROM \`_commendations_v_version_awardees\` a WHERE a.\`_parent_id\` = \`_commendations_v\`.\`id\` AND a.\`assessment_category\` = 'residential'),
  	\`version_awardee_groups_people\` = EXISTS (SELECT 1 FROM \`_commendations_v_version_awardees\` a WHERE a.\`_parent_id\` = \`_commendations_v\`.\`id\` AND a.\`person_id\` IS NOT NULL);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_issuedAt_createdAt_reviewState_idx\`;`)
  await db.run(sql`DROP INDEX \`assessmentYear__status_issuedAt_createdAt_reviewState_idx\`;`)
  await db.run(sql`ALTER TABLE \`commendations\` DROP COLUMN \`awardee_groups_key_development\`;`)
  await db.run(sql`ALTER TABLE \`commendations\` DROP COLUMN \`awardee_groups_ecological_development\`;`)
  await db.run(sql`ALTER TABLE \`commendations\` DROP COLUMN \`awardee_groups_party_mass\`;`)
  await db.run(sql`ALTER TABLE \`commendations\` DROP COLUMN \`awardee_groups_comprehensive\`;`)
  await db.run(sql`ALTER TABLE \`commendations\` DROP COLUMN \`awardee_groups_economic\`;`)
  await db.run(sql`ALTER TABLE \`commendations\` DROP COLUMN \`awardee_groups_residential\`;`)
  await db.run(sql`ALTER TABLE \`commendations\` DROP COLUMN \`awardee_groups_people\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` DROP COLUMN \`version_awardee_groups_key_development\`;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` DROP COLUMN \`version_awardee_groups_ecological_development\`;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` DROP COLUMN \`version_awardee_groups_party_mass\`;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` DROP COLUMN \`version_awardee_groups_comprehensive\`;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` DROP COLUMN \`version_awardee_groups_economic\`;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` DROP COLUMN \`version_awardee_groups_residential\`;`)
  await db.run(sql`ALTER TABLE \`_commendations_v\` DROP COLUMN \`version_awardee_groups_people\`;`)
  await db.run(sql`ALTER TABLE \`commendations_awardees\` DROP COLUMN \`assessment_category\`;`)
  await db.run(sql`ALTER TABLE \`_commendations_v_version_awardees\` DROP COLUMN \`assessment_category\`;`)
}
