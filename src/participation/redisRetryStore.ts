// Refused forms' typed values in Redis, so that whichever instance serves the retry page finds
// what the reader typed on another. Redis expires an entry after a minute by itself; GETDEL hands
// it out once. The values hold personal data: neither they nor the keys are ever logged.
import type { createClient } from 'redis'

import {
  isRetryToken,
  newRetryToken,
  RETRY_LIFETIME_MS,
  type Retry,
  type RetryStore,
} from './retryStore'

type RedisClient = ReturnType<typeof createClient>

/**
 * Entries under `<prefix>retry:<token>`. While Redis is unreachable, `fallback` (this process's
 * memory) keeps them, as the rate limits do: a retry on the same instance still shows the values.
 */
export const redisRetryStore = (
  client: () => RedisClient | undefined,
  prefix: () => Promise<string>,
  fallback: RetryStore,
): RetryStore => {
  const keyOf = async (token: string) => `${await prefix()}retry:${token}`
  return {
    async keep(retry) {
      const redis = client()
      if (!redis?.isReady) return fallback.keep(retry)
      const token = newRetryToken()
      try {
        const entry = JSON.stringify({ values: retry.values, errors: retry.errors })
        await redis.set(await keyOf(token), entry, { PX: RETRY_LIFETIME_MS })
        return token
      } catch {
        // Redis went away mid-call; the reader's values are not lost for it.
        return fallback.keep(retry)
      }
    },
    async take(token) {
      if (!isRetryToken(token)) return null
      // Kept in memory during an outage, or in Redis: one of the two has it, if anyone does.
      const kept = await fallback.take(token)
      const redis = client()
      if (kept || !redis?.isReady) return kept
      try {
        const entry = await redis.getDel(await keyOf(token))
        if (!entry) return null
        const { values, errors } = JSON.parse(entry) as Retry
        return { values, errors }
      } catch {
        return null
      }
    },
  }
}
