import * as migration_20261125_203927_initial from './20261125_203927_initial';
import * as migration_20261125_211734_workflow_and_scheduling from './20261125_211734_workflow_and_scheduling';
import * as migration_20261125_212839_audit_log from './20261125_212839_audit_log';
import * as migration_20261125_221643_locale_parent_indexes from './20261125_221643_locale_parent_indexes';
import * as migration_20261125_230837_experts_and_redirects from './20261125_230837_experts_and_redirects';
import * as migration_20261126_001109_honor_roll_groups from './20261126_001109_honor_roll_groups';
import * as migration_20261126_014459_assessment_intakes from './20261126_014459_assessment_intakes';
import * as migration_20261126_022019_public_participation from './20261126_022019_public_participation';
import * as migration_20261126_022500_story_subject_legal_basis from './20261126_022500_story_subject_legal_basis';
import * as migration_20261126_023544_search_index from './20261126_023544_search_index';
import * as migration_20261126_023545_search_fts from './20261126_023545_search_fts';
import * as migration_20261207_023342_media_uploaded_by from './20261207_023342_media_uploaded_by';
import * as migration_20261207_035305_readable_audit_log from './20261207_035305_readable_audit_log';
import * as migration_20261207_035420_nomination_reference from './20261207_035420_nomination_reference';
import * as migration_20261207_035758_site_settings_and_pictures from './20261207_035758_site_settings_and_pictures';
import * as migration_20261207_053719_account_invitations from './20261207_053719_account_invitations';
import * as migration_20261207_063339_search_tokens from './20261207_063339_search_tokens';
import * as migration_20261207_064029_second_factor_sessions from './20261207_064029_second_factor_sessions';
import * as migration_20261207_064428_upload_prefix from './20261207_064428_upload_prefix';
import * as migration_20261207_065512_totp_last_step from './20261207_065512_totp_last_step';
import * as migration_20261207_175423_media_mark_size from './20261207_175423_media_mark_size';

export const migrations = [
  {
    up: migration_20261125_203927_initial.up,
    down: migration_20261125_203927_initial.down,
    name: '20261125_203927_initial',
  },
  {
    up: migration_20261125_211734_workflow_and_scheduling.up,
    down: migration_20261125_211734_workflow_and_scheduling.down,
    name: '20261125_211734_workflow_and_scheduling',
  },
  {
    up: migration_20261125_212839_audit_log.up,
    down: migration_20261125_212839_audit_log.down,
    name: '20261125_212839_audit_log',
  },
  {
    up: migration_20261125_221643_locale_parent_indexes.up,
    down: migration_20261125_221643_locale_parent_indexes.down,
    name: '20261125_221643_locale_parent_indexes',
  },
  {
    up: migration_20261125_230837_experts_and_redirects.up,
    down: migration_20261125_230837_experts_and_redirects.down,
    name: '20261125_230837_experts_and_redirects',
  },
  {
    up: migration_20261126_001109_honor_roll_groups.up,
    down: migration_20261126_001109_honor_roll_groups.down,
    name: '20261126_001109_honor_roll_groups',
  },
  {
    up: migration_20261126_014459_assessment_intakes.up,
    down: migration_20261126_014459_assessment_intakes.down,
    name: '20261126_014459_assessment_intakes',
  },
  {
    up: migration_20261126_022019_public_participation.up,
    down: migration_20261126_022019_public_participation.down,
    name: '20261126_022019_public_participation',
  },
  {
    up: migration_20261126_022500_story_subject_legal_basis.up,
    down: migration_20261126_022500_story_subject_legal_basis.down,
    name: '20261126_022500_story_subject_legal_basis',
  },
  {
    up: migration_20261126_023544_search_index.up,
    down: migration_20261126_023544_search_index.down,
    name: '20261126_023544_search_index',
  },
  {
    up: migration_20261126_023545_search_fts.up,
    down: migration_20261126_023545_search_fts.down,
    name: '20261126_023545_search_fts',
  },
  {
    up: migration_20261207_023342_media_uploaded_by.up,
    down: migration_20261207_023342_media_uploaded_by.down,
    name: '20261207_023342_media_uploaded_by',
  },
  {
    up: migration_20261207_035305_readable_audit_log.up,
    down: migration_20261207_035305_readable_audit_log.down,
    name: '20261207_035305_readable_audit_log',
  },
  {
    up: migration_20261207_035420_nomination_reference.up,
    down: migration_20261207_035420_nomination_reference.down,
    name: '20261207_035420_nomination_reference',
  },
  {
    up: migration_20261207_035758_site_settings_and_pictures.up,
    down: migration_20261207_035758_site_settings_and_pictures.down,
    name: '20261207_035758_site_settings_and_pictures',
  },
  {
    up: migration_20261207_053719_account_invitations.up,
    down: migration_20261207_053719_account_invitations.down,
    name: '20261207_053719_account_invitations',
  },
  {
    up: migration_20261207_063339_search_tokens.up,
    down: migration_20261207_063339_search_tokens.down,
    name: '20261207_063339_search_tokens',
  },
  {
    up: migration_20261207_064029_second_factor_sessions.up,
    down: migration_20261207_064029_second_factor_sessions.down,
    name: '20261207_064029_second_factor_sessions',
  },
  {
    up: migration_20261207_064428_upload_prefix.up,
    down: migration_20261207_064428_upload_prefix.down,
    name: '20261207_064428_upload_prefix',
  },
  {
    up: migration_20261207_065512_totp_last_step.up,
    down: migration_20261207_065512_totp_last_step.down,
    name: '20261207_065512_totp_last_step',
  },
  {
    up: migration_20261207_175423_media_mark_size.up,
    down: migration_20261207_175423_media_mark_size.down,
    name: '20261207_175423_media_mark_size'
  },
];
