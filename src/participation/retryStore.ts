// What a refused submission needs to be shown again: the typed values and the messages, kept for
// a minute under a random token the form page reads once (see handleSubmission.ts). The values
// can hold a contact address, so an entry is handed out only once and never logged. One server
// process keeps them in memory; several instances share them in Redis when LAUREL_REDIS_URL is
// set (redisRetryStore.ts), so the retry page may be served by another instance than the refusal.
import { randomBytes } from 'node:crypto'

import { redisConfigured, redisKeyPrefix, sharedRedis } from '@/lib/redis/shared.mjs'

import { redisRetryStore } from './redisRetryStore'

export type Retry = {
  values: Record<string, string>
  errors: Record<string, string>
}

export interface RetryStore {
  /** Keeps `retry` for a minute; the token to take it with. */
  keep(retry: Retry): Promise<string>
  /** The retry under `token`, once; afterwards, or after a minute, nothing. */
  take(token: string): Promise<Retry | null>
}

export const RETRY_LIFETIME_MS = 60_000
const MAX_ENTRIES = 1_000

export const newRetryToken = () => randomBytes(16).toString('hex')
/** Tokens come from a page's address: anything but one of ours is not looked up. */
export const isRetryToken = (token: string) => /^[0-9a-f]{32}$/.test(token)

/** Entries in this process's memory; `now` is injectable for tests. */
export const memoryRetryStore = (now: () => number = Date.now): RetryStore => {
  const entries = new Map<string, Retry & { expires: number }>()
  return {
    async keep(retry) {
      const at = now()
      for (const [token, entry] of entries) if (entry.expires <= at) entries.delete(token)
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
      const token = newRetryToken()
      entries.set(token, { ...retry, expires: at + RETRY_LIFETIME_MS })
      return token
    },
    async take(token) {
      const entry = entries.get(token)
      entries.delete(token)
      if (!entry || entry.expires <= now()) return null
      return { values: entry.values, errors: entry.errors }
    },
  }
}

// One store per process, on globalThis: the route handler that keeps and the page that takes are
// separate bundles, each with its own copy of this module.
const retryStore = (): RetryStore =>
  ((globalThis as { laurelRetryStore?: RetryStore }).laurelRetryStore ??= redisConfigured()
    ? redisRetryStore(sharedRedis, redisKeyPrefix, memoryRetryStore())
    : memoryRetryStore())

export const keepForRetry = (retry: Retry): Promise<string> => retryStore().keep(retry)

/** The retry under `token`, once; afterwards, or after a minute, nothing. */
export const takeRetry = (token: string): Promise<Retry | null> => retryStore().take(token)
