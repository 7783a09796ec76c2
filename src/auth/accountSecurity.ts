// What the account-security pieces add to the users collection, gathered so that the collection
// spreads them in: password rules, recovery, re-authentication, sign-in timing, invitations.
import type { CollectionConfig } from 'payload'

import { enforcePasswordRules } from './passwords/enforcePasswordRules'

type Hooks = NonNullable<CollectionConfig['hooks']>

export const accountSecurityHooks = {
  beforeOperation: [enforcePasswordRules],
} satisfies Hooks
