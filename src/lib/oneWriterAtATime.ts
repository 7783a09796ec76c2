// SQLite takes one writer at a time, and this process writes through one connection
// (sqliteClient.ts): each transaction, and each write outside one, waits for the previous to end
// instead of failing with SQLITE_BUSY or landing inside another caller's transaction.

/**
 * How long a write waits for its turn before it fails. Twenty saves at once take a few seconds;
 * a wait this long means a hook wrote without passing `req`, so its write waits for its own
 * transaction: failing turns that mistake into an error, not a server that never writes again.
 */
export const MAX_WAIT_MS = 30_000

/** Returns `takeTurn`: resolves, in call order, to the `release` the holder calls when done. */
export const oneWriterAtATime = (maxWaitMs = MAX_WAIT_MS) => {
  let last: Promise<void> = Promise.resolve()
  return (): Promise<() => void> => {
    let release!: () => void
    const done = new Promise<void>((resolve) => (release = resolve))
    const previous = last
    last = previous.then(() => done)
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        release() // gives the place up: the next in line goes once the previous ends
        reject(new Error(`The database writer stayed busy for ${maxWaitMs / 1000} s.`))
      }, maxWaitMs).unref()
    })
    return Promise.race([previous.then(() => release), timedOut]).finally(() => clearTimeout(timer))
  }
}
