// Ties the CMS to the public site: every collection the public reads expires the cached pages
// that show it when it changes, and keeps its old addresses when a slug changes.
import type { CollectionConfig, Plugin } from 'payload'

import { keepOldAddresses } from '@/hooks/keepOldAddresses'
import {
  revalidateDeletedPages,
  revalidatePublicPages,
  type RevalidatedCollection,
} from '@/hooks/revalidatePublicPages'
import { isPublicCollection } from '@/lib/publicPaths'

const withPublicHooks = (collection: CollectionConfig): CollectionConfig => {
  const slug = collection.slug as RevalidatedCollection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [
        ...(collection.hooks?.afterChange ?? []),
        ...(isPublicCollection(slug) ? [keepOldAddresses(slug)] : []),
        revalidatePublicPages(slug),
      ],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), revalidateDeletedPages(slug)],
    },
  }
}

export const publicSite =
  (collections: RevalidatedCollection[]): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collections.includes(collection.slug as RevalidatedCollection)
        ? withPublicHooks(collection)
        : collection,
    ),
  })
