// Every collection, those other plugins add included, checks the queries clients write
// (src/hooks/refuseMalformedQueries.ts, refuseUnboundedLists.ts) before any of its own hooks run.
import type { Plugin } from 'payload'

import { refuseMalformedQueries } from '@/hooks/refuseMalformedQueries'
import { refuseUnboundedLists } from '@/hooks/refuseUnboundedLists'

export const checkClientQueries: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        refuseMalformedQueries,
        refuseUnboundedLists,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  })),
})
