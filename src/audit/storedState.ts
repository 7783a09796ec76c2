// A document as the database holds it at one moment inside the change's transaction: every
// language of the latest version (the editors' working copy), and whether the main document,
// the one the public reads, is published.
import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { inSameTransaction } from './inSameTransaction'

export type StoredState = {
  latest: Record<string, unknown>
  published: boolean
}

const hasDrafts = (collection: SanitizedCollectionConfig) => Boolean(collection.versions?.drafts)

export const readStoredState = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: number | string,
): Promise<StoredState> => {
  const read = {
    collection: collection.slug as CollectionSlug,
    id,
    depth: 0,
    overrideAccess: true,
    // Every language, without switching the save in progress (and its answer) to all of them.
    req: inSameTransaction(req),
  } as const
  // system: the log compares stored states: every field, language and draft
  const latest = await req.payload.findByID({
    ...read,
    draft: true,
    locale: 'all',
    showHiddenFields: true,
  })
  const stored = { ...latest } as Record<string, unknown>
  if (!hasDrafts(collection)) return { latest: stored, published: false }
  // system: whether the public copy is published, whatever the person saving may read
  const main = await req.payload.findByID({ ...read, draft: false, select: { _status: true } })
  return { latest: stored, published: (main as { _status?: unknown })._status === 'published' }
}
