// A commit whose outcome the driver could not learn (`UnknownTransactionCommitResult`) may have
// been applied: running the whole save again could then save it twice. MongoDB's answer is to
// send the same commit again on the same session, which is idempotent; this does so a few times.
// The adapter forgets the session before it commits, so it is held here first.
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { ClientSession } from 'mongoose'
import type { DatabaseAdapterObj } from 'payload'

import { MAX_SAVE_ATTEMPTS } from './retryTransient'
import { isUnknownCommitResult } from './transientErrors'

const commitAgain = async (session: ClientSession, error: unknown) => {
  let last = error
  for (let attempt = 2; attempt <= MAX_SAVE_ATTEMPTS && isUnknownCommitResult(last); attempt += 1) {
    try {
      await session.commitTransaction()
      await session.endSession().catch(() => undefined)
      return
    } catch (next) {
      last = next
    }
  }
  throw last
}

export const withUnknownCommitsRetried = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const commit = db.commitTransaction
    db.commitTransaction = async function (id) {
      const key = String(id instanceof Promise ? await id : id)
      const session = (this as unknown as MongooseAdapter).sessions[key] as
        ClientSession | undefined
      try {
        await commit.call(this, key)
      } catch (error) {
        if (!session || !isUnknownCommitResult(error)) throw error
        await commitAgain(session, error)
      }
    }
    return db
  },
})
