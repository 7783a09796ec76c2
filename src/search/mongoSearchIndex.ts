// The MongoDB index behind the site search (mongoMatching.ts): the entry's language and each of
// its terms (multikey). Declared on the compiled model rather than in the collection's config,
// where it would also give SQLite an index over a JSON column that its own full-text index
// (src/migrations/*_search_fts.ts) makes useless.
import type { DatabaseAdapterObj } from 'payload'

import { afterMongoModels } from '@/lib/afterMongoModels'

import { SEARCH_INDEX_KEYS } from './mongoMatching'

export const withSearchIndex = (adapter: DatabaseAdapterObj) =>
  afterMongoModels(adapter, (mongo) => {
    mongo.collections.search?.schema.index(SEARCH_INDEX_KEYS, { name: 'search_terms' })
  })
