// The plugins Laurel runs, in order: the redirects collection keeps old addresses, the audit log
// records every change (redirects included), the public site is told what to re-render, the
// site search's index follows every save, and uploads go to a bucket when one is configured.
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Plugin } from 'payload'

import { hiddenUnlessStaff } from '@/access/adminVisibility'
import { isEditor } from '@/access/isEditor'
import { recordInAuditLog } from '@/audit/plugin'
import { adminGroups } from '@/lib/adminGroups'
import { objectStorage } from '@/lib/objectStorage'
import { publicCollections } from '@/lib/publicPaths'
import { searchIndex } from '@/search/plugin'

import { checkClientQueries } from './checkClientQueries'
import { publicSite } from './publicSite'

export const plugins: Plugin[] = [
  redirectsPlugin({
    collections: [...publicCollections],
    overrides: {
      labels: {
        singular: { zh: '跳转', en: 'Redirect' },
        plural: { zh: '跳转', en: 'Redirects' },
      },
      admin: { group: adminGroups.administration, useAsTitle: 'from', hidden: hiddenUnlessStaff },
      // Anyone may follow a redirect; only editors make them.
      access: { read: () => true, create: isEditor, update: isEditor, delete: isEditor },
    },
  }),
  recordInAuditLog({
    content: [...publicCollections, 'media', 'documents', 'redirects'],
    accounts: 'users',
  }),
  publicSite([...publicCollections, 'redirects']),
  searchIndex(),
  objectStorage(),
  // Last, so that it reaches the collections the plugins above add.
  checkClientQueries,
]
