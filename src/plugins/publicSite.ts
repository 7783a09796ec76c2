// Ties the CMS to the public site: every collection the public reads expires the cached pages
// that show it when it changes, keeps its old addresses when a slug changes, and offers editors
// a preview of its page (a new tab, or live beside the form).
import type { CollectionConfig, Plugin } from 'payload'

import { keepOldAddresses } from '@/hooks/keepOldAddresses'
import {
  revalidateDeletedPages,
  revalidatePublicPages,
  type RevalidatedCollection,
} from '@/hooks/revalidatePublicPages'
import { previewUrl } from '@/lib/previewPath'
import { isPublicCollection, sectionOf } from '@/lib/publicSections'

const withPublicHooks = (collection: CollectionConfig): CollectionConfig => {
  const slug = collection.slug as RevalidatedCollection
  return {
    ...collection,
    admin: isPublicCollection(slug)
      ? {
          ...collection.admin,
          preview: (doc, { locale }) => previewUrl(slug, doc.slug, locale),
          livePreview: { url: ({ data, locale }) => previewUrl(slug, data.slug, locale.code) },
        }
      : collection.admin,
    hooks: {
      ...collection.hooks,
      afterChange: [
        ...(collection.hooks?.afterChange ?? []),
        ...(isPublicCollection(slug) && sectionOf(slug).keepsOldAddresses
          ? [keepOldAddresses(slug)]
          : []),
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
