// A published address is a promise: when an editor changes a published document's slug, the old
// address is recorded as a redirect to the document, and the public page answers it with a
// permanent redirect (src/data/redirects.ts).
import type { CollectionAfterChangeHook } from 'payload'

import { documentPath, type PublicCollection } from '@/lib/publicPaths'

export const keepOldAddresses =
  (collection: PublicCollection): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const before = previousDoc?.slug as string | undefined
    const after = doc.slug as string | undefined
    if (!before || !after || before === after || previousDoc?._status === 'draft') return doc
    const from = documentPath(collection, before)
    const to = { type: 'reference' as const, reference: { relationTo: collection, value: doc.id } }
    const options = { req, overrideAccess: true, depth: 0 } as const
    // The new address may once have been an old one; it must not redirect any more.
    // system: old addresses are kept whoever changed the slug
    await req.payload.delete({
      collection: 'redirects',
      where: { from: { equals: documentPath(collection, after) } },
      ...options,
    })
    // system: old addresses are kept whoever changed the slug
    const { docs } = await req.payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      limit: 1,
      ...options,
    })
    if (docs[0]) {
      // system: old addresses are kept whoever changed the slug
      await req.payload.update({
        collection: 'redirects',
        id: docs[0].id,
        data: { to },
        ...options,
      })
    } else {
      // system: old addresses are kept whoever changed the slug
      await req.payload.create({ collection: 'redirects', data: { from, to }, ...options })
    }
    return doc
  }
