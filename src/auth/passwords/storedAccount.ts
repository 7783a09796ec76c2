// The stored account, hash and salt included, read in the request's transaction: what the password
// rules (the e-mail name) and re-authentication (the current password) compare against.
import type { PayloadRequest, Where } from 'payload'

export type StoredAccount = {
  id: number | string
  email?: string
  hash?: string
  salt?: string
}

export const storedAccount = (req: PayloadRequest, where: Where) =>
  req.payload.db.findOne<StoredAccount>({ collection: 'users', req, where })
