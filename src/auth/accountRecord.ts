// An account as stored, read and rewritten straight through the database adapter, as Payload's own
// session code does (node_modules/payload/dist/auth/sessions.js): no hooks, no access, nothing
// else of the account changed. The whole record is written back: SQLite's adapter writes a row by
// upsert, which cannot take only some of the account's columns.
import type { Payload, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

export const readAccount = (payload: Payload, userId: number | string, req?: PayloadRequest) =>
  payload.db.findOne<User>({ collection: 'users', where: { id: { equals: userId } }, req })

export const changeAccount = async (
  payload: Payload,
  userId: number | string,
  change: (account: User) => Partial<User>,
  req?: PayloadRequest,
) => {
  const account = await readAccount(payload, userId, req)
  if (!account) return
  await payload.db.updateOne({
    collection: 'users',
    id: account.id,
    // Payload's own trick: a null updatedAt keeps the account's "last changed" date as it was.
    data: { ...account, ...change(account), updatedAt: null },
    req,
    returning: false,
  })
}
