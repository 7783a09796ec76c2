// Attaches the page-cache revalidation of src/hooks/revalidatePublicPages.ts to every collection
// the public site shows, after the collection's own hooks.
import type { Plugin } from 'payload'

import {
  revalidateDeletedPages,
  revalidatePublicPages,
  type RevalidatedCollection,
} from '@/hooks/revalidatePublicPages'

export const revalidatePublicSite =
  (collections: RevalidatedCollection[]): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const slug = collection.slug as RevalidatedCollection
      if (!collections.includes(slug)) return collection
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), revalidatePublicPages(slug)],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), revalidateDeletedPages(slug)],
        },
      }
    }),
  })
