// The state of a document just before an update or a version restore, kept on the request until
// the same save's afterChange compares it with the state after.
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { readStoredState, type StoredState } from './storedState'

const KEY = 'auditStateBeforeChange'

const remembered = (req: PayloadRequest): Map<string, StoredState> => {
  if (!(req.context[KEY] instanceof Map)) req.context[KEY] = new Map<string, StoredState>()
  return req.context[KEY] as Map<string, StoredState>
}

const keyOf = (slug: string, id: number | string) => `${slug}/${id}`

export const rememberStateBeforeChange: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || req.context.seeding === true || !originalDoc?.id) return data
  const state = await readStoredState(req, collection, originalDoc.id)
  remembered(req).set(keyOf(collection.slug, originalDoc.id), state)
  return data
}

/** The state remembered for this document, forgotten once taken. */
export const takeStateBeforeChange = (
  req: PayloadRequest,
  slug: string,
  id: number | string,
): StoredState | undefined => {
  const key = keyOf(slug, id)
  const state = remembered(req).get(key)
  remembered(req).delete(key)
  return state
}
