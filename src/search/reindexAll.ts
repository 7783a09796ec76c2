// Rebuilds the whole search index from what the public can read: for a database that had content
// before the index existed (the benchmark's), or after a change to what entries hold. One
// transaction per batch, so a long run holds no lock for long and a failure loses one batch.
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import { indexedCollections } from './indexed'
import { reindexDocuments } from './syncSearchIndex'

const BATCH = 100

export const reindexAll = async (payload: Payload, log = (_: string) => {}) => {
  for (const collection of indexedCollections) {
    // system: lists every document; what enters the index is decided per document
    const { docs } = await payload.find({
      collection,
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
      sort: 'id',
    })
    const ids = docs.map((doc) => doc.id)
    for (let start = 0; start < ids.length; start += BATCH) {
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      try {
        await reindexDocuments(req, collection, ids.slice(start, start + BATCH))
        await commitTransaction(req)
      } catch (error) {
        await killTransaction(req)
        throw error
      }
      log(`${collection}: ${Math.min(start + BATCH, ids.length)}/${ids.length}`)
    }
  }
}
