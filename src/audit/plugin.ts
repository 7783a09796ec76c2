// Which collections the audit log watches, and the hooks that make each one report to it. Wired
// in one place, so that no collection is half-watched and the list reads at a glance.
import type { CollectionConfig, Plugin } from 'payload'

import { noteLoginAttempt } from './noteLoginAttempt'
import { recordContentChange } from './recordContentChange'
import { recordContentDeletion } from './recordContentDeletion'
import { recordLogin } from './recordLogin'
import { recordLoginFailure } from './recordLoginFailure'
import { recordRolesChange } from './recordRolesChange'
import { rememberStateBeforeChange } from './rememberStateBeforeChange'

type Watched = { content: readonly string[]; accounts: string }

const watchContent = ({ hooks, ...collection }: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...hooks,
    beforeChange: [...(hooks?.beforeChange ?? []), rememberStateBeforeChange],
    afterChange: [...(hooks?.afterChange ?? []), recordContentChange],
    afterDelete: [...(hooks?.afterDelete ?? []), recordContentDeletion],
  },
})

const watchAccounts = ({ hooks, ...collection }: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...hooks,
    beforeOperation: [...(hooks?.beforeOperation ?? []), noteLoginAttempt],
    afterChange: [...(hooks?.afterChange ?? []), recordRolesChange],
    afterLogin: [...(hooks?.afterLogin ?? []), recordLogin],
  },
})

export const recordInAuditLog =
  ({ content, accounts }: Watched): Plugin =>
  (config) => {
    const collections = config.collections ?? []
    const known = new Set(collections.map(({ slug }) => slug))
    const unknown = [...content, accounts].filter((slug) => !known.has(slug))
    if (unknown.length) throw new Error(`The audit log cannot watch ${unknown.join(', ')}.`)
    return {
      ...config,
      collections: collections.map((collection) => {
        if (content.includes(collection.slug)) return watchContent(collection)
        if (collection.slug === accounts) return watchAccounts(collection)
        return collection
      }),
      hooks: {
        ...config.hooks,
        afterError: [...(config.hooks?.afterError ?? []), recordLoginFailure],
      },
    }
  }
