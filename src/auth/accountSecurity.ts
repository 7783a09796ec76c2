// What the account-security pieces add to the users collection, gathered so that the collection
// spreads them in: password rules, recovery, re-authentication, sign-in timing, invitations and
// the audit of account events.
import type { CollectionConfig, Endpoint, Field } from 'payload'

import { recordAccountChange, recordAccountDeletion } from './audit/recordAccountEvents'
import { recordPasswordReset, recordUnlock } from './audit/recordRecoveryAndUnlock'
import { acceptInvitationEndpoint } from './invitations/acceptInvitation'
import { invitationFields } from './invitations/invitationFields'
import { inviteWhenNoPassword, sendInvitation } from './invitations/inviteByEmailOnly'
import { invitationStatusEndpoint, resendInvitationEndpoint } from './invitations/resendInvitation'
import { currentPasswordField } from './passwords/currentPasswordField'
import { enforcePasswordRules } from './passwords/enforcePasswordRules'
import { equalizeSignInTiming } from './passwords/equalizeSignInTiming'
import { requireCurrentPassword } from './passwords/requireCurrentPassword'
import {
  hashRecoveryToken,
  hashTokenOfReset,
  queueRecoveryEmail,
  takeOverRecoveryEmail,
} from './recovery/sendRecoveryByQueue'

type Hooks = NonNullable<CollectionConfig['hooks']>

export const accountSecurityHooks = {
  // The reset's token is hashed before the password rules look its account up.
  beforeOperation: [
    hashTokenOfReset,
    takeOverRecoveryEmail,
    requireCurrentPassword,
    inviteWhenNoPassword,
    enforcePasswordRules,
    equalizeSignInTiming,
  ],
  beforeChange: [hashRecoveryToken],
  afterChange: [recordAccountChange, sendInvitation],
  afterDelete: [recordAccountDeletion],
  afterLogin: [recordPasswordReset],
  afterOperation: [queueRecoveryEmail, recordUnlock],
} satisfies Hooks

export const accountSecurityFields: Field[] = [currentPasswordField, ...invitationFields]

export const accountSecurityEndpoints: Endpoint[] = [
  acceptInvitationEndpoint(),
  invitationStatusEndpoint,
  resendInvitationEndpoint,
]
