// Writing one audit entry: who did it (the signed-in user, or nobody for the public and the
// system), from which address, and what. The log refuses writes through every API, so only this
// helper writes, overriding access.
import type { PayloadRequest } from 'payload'

import type { AuditAction } from './actions'
import { inSameTransaction } from './inSameTransaction'
import { requestAddress } from './requestAddress'

export type AuditEntry = {
  action: AuditAction
  targetCollection: string
  targetId?: number | string | null
  /** The document's title when the entry was written. */
  targetTitle?: string | null
  changedFields?: string[]
  detail?: Record<string, unknown>
}

const actorOf = (req: PayloadRequest) =>
  req.user?.collection === 'users'
    ? { actorId: String(req.user.id), actorEmail: req.user.email ?? null }
    : { actorId: null, actorEmail: null }

/**
 * Writes in `writeWith`'s transaction: the request's own by default, so the entry and the change
 * it records are committed or rolled back together.
 */
export const writeAuditEntry = async (
  req: PayloadRequest,
  entry: AuditEntry,
  writeWith: PayloadRequest = req,
) => {
  // system: the log refuses writes through every API; this helper alone writes it
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      targetId: entry.targetId == null ? null : String(entry.targetId),
      ...actorOf(req),
      address: requestAddress(req.headers),
    },
    overrideAccess: true,
    req: inSameTransaction(writeWith),
  })
}
