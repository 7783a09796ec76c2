// Which database this is, as a random UUID kept inside the database itself (Payload's key-value
// store). Caches outside the database (Next's rendered pages in .next, shared caches) are kept per
// identity, so pages read from one database are never served from another. A restore gives the
// restored database a new identity (scripts/restore.mjs), so caches of the earlier state go too.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

export const DATABASE_IDENTITY_KEY = 'laurel:database-identity'

type StoredIdentity = { uuid: string }

const known = new WeakMap<Payload, Promise<string>>()

const stored = async (payload: Payload) =>
  (await payload.kv.get<StoredIdentity>(DATABASE_IDENTITY_KEY))?.uuid ?? null

/**
 * Created with a plain insert rather than the store's upsert: two servers starting at once on a
 * new database must agree, so the second insert fails on the unique key and reads the first's.
 */
const create = async (payload: Payload) => {
  const uuid = randomUUID()
  try {
    await payload.db.create({
      collection: 'payload-kv',
      data: { key: DATABASE_IDENTITY_KEY, data: { uuid } },
      req: {},
    })
    return uuid
  } catch (error) {
    const winner = await stored(payload)
    if (winner) return winner
    throw error
  }
}

const lookUp = async (payload: Payload) => (await stored(payload)) ?? (await create(payload))

/** This database's identity, created on first use; asked once per process. */
export const databaseIdentity = (payload: Payload): Promise<string> => {
  const pending = known.get(payload) ?? lookUp(payload)
  known.set(payload, pending)
  pending.catch(() => known.delete(payload))
  return pending
}
