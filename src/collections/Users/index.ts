// Staff accounts: administrators, editors of the publicity office, and invited experts. Accounts
// are never public; an expert's public byline is their profile in `experts`.
import type { CollectionConfig } from 'payload'

import { hiddenUnlessStaff } from '@/access/adminVisibility'
import { isAdmin } from '@/access/isAdmin'
import { canUseAdmin } from '@/access/isSignedIn'
import { roleLabels } from '@/access/roleLabels'
import { roles } from '@/access/roles'
import {
  accountSecurityEndpoints,
  accountSecurityFields,
  accountSecurityHooks,
} from '@/auth/accountSecurity'
import { changeRoles, readUsers, updateUsers } from '@/access/userAccess'
import {
  staffAuthEndpoints,
  staffAuthFields,
  staffAuthHooks,
  staffSessionAuth,
} from '@/auth/staffAuth'
import { localizedText } from '@/fields/localizedText'
import { adminGroups } from '@/lib/adminGroups'
import { limitSignIn } from '@/rateLimits/limitSignIn'

import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  admin: {
    group: adminGroups.administration,
    // Experts reach their own account from the avatar, not from a list of one.
    hidden: hiddenUnlessStaff,
    useAsTitle: 'email',
    defaultColumns: ['email', 'displayName', 'roles'],
    components: { beforeListTable: ['@/auth/invitations/admin/InviteStaff#InviteStaff'] },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // Payload's own interval reserves the account outside the request's transaction, which SQLite
    // answers with "database is locked" (500); src/rateLimits/limits.ts limits recovery instead.
    forgotPassword: { minRequestInterval: 0 },
    ...staffSessionAuth,
  },
  access: {
    admin: canUseAdmin,
    create: isAdmin,
    read: readUsers,
    update: updateUsers,
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [...accountSecurityEndpoints, ...staffAuthEndpoints],
  hooks: {
    ...accountSecurityHooks,
    beforeOperation: [limitSignIn, ...accountSecurityHooks.beforeOperation],
    beforeChange: [makeFirstUserAdmin, ...accountSecurityHooks.beforeChange],
    afterLogin: [...accountSecurityHooks.afterLogin, ...staffAuthHooks.afterLogin],
    afterLogout: staffAuthHooks.afterLogout,
  },
  fields: [
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: ['expert'],
      label: { zh: '角色', en: 'Roles' },
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: changeRoles, update: changeRoles },
      admin: { position: 'sidebar' },
    },
    localizedText('displayName', { zh: '署名', en: 'Display name' }),
    ...accountSecurityFields,
    ...staffAuthFields,
  ],
}
