// The MongoDB index behind the site search (mongoMatching.ts): the entry's language and each of
// its terms (multikey). Declared on the compiled model rather than in the collection's config,
// where it would also give SQLite an index over a JSON column that its own full-text index
// (src/migrations/*_search_fts.ts) makes useless.
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapterObj } from 'payload'

import { SEARCH_INDEX_KEYS } from './mongoMatching'

export const withSearchIndex = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const buildModels = db.init
    db.init = async function () {
      await buildModels?.call(this)
      const search = (this as unknown as MongooseAdapter).collections.search
      search?.schema.index(SEARCH_INDEX_KEYS, { name: 'search_terms' })
    }
    return db
  },
})
