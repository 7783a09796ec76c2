// A save that MongoDB aborted with a transient error (two saves wrote the same record, say the
// honor roll's figures) is run again as a whole, from its first read: only then does it see what
// the other save committed. A few attempts suffice; a save that keeps failing reports its error.
import { isTransientTransactionError } from './transientErrors'

/** First try plus retries. MongoDB's own `withTransaction` retries for up to 120 s; a reader's
 * request should not wait that long, and four attempts outlast any realistic burst of saves. */
export const MAX_SAVE_ATTEMPTS = 4

// A short random pause so that two saves that collided do not collide again at once.
const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt))

export const retryTransient = async <T>(
  save: (attempt: number) => Promise<T>,
  shouldRetry: (error: unknown) => boolean = isTransientTransactionError,
): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await save(attempt)
    } catch (error) {
      if (attempt >= MAX_SAVE_ATTEMPTS || !shouldRetry(error)) throw error
      await pause(attempt)
    }
  }
}
