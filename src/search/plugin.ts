// The site search: adds the index collection and the hooks that keep it in step with every
// collection it covers (and with the units, people and experts those documents name).
import type { Plugin } from 'payload'

import { SearchIndex } from '@/collections/SearchIndex'

import { indexedCollections } from './indexed'
import { indexOnChange, indexOnDelete } from './syncSearchIndex'

const watched: string[] = [...indexedCollections, 'experts']

export const searchIndex = (): Plugin => (config) => ({
  ...config,
  collections: [
    ...(config.collections ?? []).map((collection) =>
      watched.includes(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [
                ...(collection.hooks?.afterChange ?? []),
                indexOnChange(collection.slug),
              ],
              afterDelete: [
                ...(collection.hooks?.afterDelete ?? []),
                indexOnDelete(collection.slug),
              ],
            },
          }
        : collection,
    ),
    SearchIndex,
  ],
})
