// The site search's index: one entry per published document and reading language, holding only
// text the public can already read on that document's page (src/search/searchEntries.ts builds it
// as the public). Anyone may read it; only the sync hooks write it, in the save's transaction.
import type { CollectionConfig } from 'payload'

import { mechanismField } from '@/fields/mechanism'
import { locales } from '@/i18n/locales'
import { adminGroups } from '@/lib/adminGroups'
import { indexedCollections, indexedLabels } from '@/search/indexed'

const never = () => false

export const SearchIndex: CollectionConfig = {
  slug: 'search',
  labels: {
    singular: { zh: '搜索索引', en: 'Search entry' },
    plural: { zh: '搜索索引', en: 'Search index' },
  },
  admin: {
    group: adminGroups.administration,
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'language', 'date'],
    hidden: true,
  },
  access: { read: () => true, create: never, update: never, delete: never },
  defaultSort: '-date',
  disableDuplicate: true,
  lockDocuments: false,
  indexes: [{ fields: ['type', 'docId'] }, { fields: ['language', 'date'] }],
  fields: [
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      options: indexedCollections.map((value) => ({ value, label: indexedLabels[value] })),
    },
    // Text, not a relationship: SQLite ids are numbers, MongoDB ids strings.
    { name: 'docId', type: 'text', required: true },
    { name: 'language', type: 'select', required: true, options: [...locales] },
    { name: 'slug', type: 'text' },
    { name: 'title', type: 'text', required: true },
    { name: 'text', type: 'textarea' },
    /** The title and text as indexed pairs and words (src/search/terms.ts). */
    { name: 'terms', type: 'textarea', required: true },
    /**
     * The distinct terms as a list, for MongoDB's multikey index (src/search/mongoMatching.ts);
     * SQLite's full-text index reads `terms` instead and leaves this unread.
     */
    { name: 'tokens', type: 'json' },
    { name: 'year', type: 'number', index: true },
    { ...mechanismField, required: false, index: false },
    { name: 'date', type: 'date', required: true },
  ],
}
