// SQLite takes one writer at a time, and libsql opens each transaction on a connection that does
// not wait for the lock: without this, the second of two editors saving at once got a 500
// ("SQLITE_BUSY"). Transactions of this process now queue for their turn instead.
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/** How long a transaction waits for its turn before trying anyway (and failing as before). */
const MAX_WAIT_MS = 15_000

const createTurns = () => {
  let last: Promise<void> = Promise.resolve()
  return () => {
    let release!: () => void
    const done = new Promise<void>((resolve) => (release = resolve))
    const previous = last
    last = previous.then(() => done)
    const wait = new Promise<void>((resolve) => setTimeout(resolve, MAX_WAIT_MS).unref())
    return Promise.race([previous, wait]).then(() => release)
  }
}

export const oneWriterAtATime = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db: BaseDatabaseAdapter = adapter.init(args)
    const takeTurn = createTurns()
    const turns = new Map<number | string, () => void>()
    const { beginTransaction, commitTransaction, rollbackTransaction } = db
    const finish = async (id: number | Promise<number | string> | string) => {
      const key = await id
      turns.get(key)?.()
      turns.delete(key)
    }
    db.beginTransaction = async function (options) {
      const release = await takeTurn()
      try {
        const id = await beginTransaction.call(this, options)
        if (id === null) release()
        else turns.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    db.commitTransaction = async function (id) {
      try {
        return await commitTransaction.call(this, id)
      } finally {
        await finish(id)
      }
    }
    db.rollbackTransaction = async function (id) {
      try {
        return await rollbackTransaction.call(this, id)
      } finally {
        await finish(id)
      }
    }
    return db
  },
})
