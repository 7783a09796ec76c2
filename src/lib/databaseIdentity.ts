// The database's own name for itself: a random UUID kept in the database (Payload's key-value
// store), made on first use. Everything shared between app instances outside the database (Redis
// keys for pages, limits and leases) is prefixed with it, so two sites sharing one Redis, or a
// restored copy of a database beside the original, never read each other's entries.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

const KEY = 'laurel:database-identity'

const known = new WeakMap<Payload, Promise<string>>()

const readOrCreate = async (payload: Payload): Promise<string> => {
  const stored = await payload.kv.get<string>(KEY)
  if (typeof stored === 'string' && stored) return stored
  await payload.kv.set(KEY, randomUUID())
  // Read back rather than trust our own value: an instance starting at the same moment may have
  // written its UUID last, and every instance must end up with the one the database keeps.
  const kept = await payload.kv.get<string>(KEY)
  if (typeof kept !== 'string' || !kept) throw new Error('The database identity was not kept.')
  return kept
}

/** This database's identity; the same for every instance that opens the same database. */
export const databaseIdentity = (payload: Payload): Promise<string> => {
  let identity = known.get(payload)
  if (!identity) {
    identity = readOrCreate(payload)
    // A failed read is tried again next time rather than remembered.
    identity.catch(() => known.delete(payload))
    known.set(payload, identity)
  }
  return identity
}
