// Where rate-limit counters live. One server process keeps them in memory; several processes
// behind one address share them in Redis when LAUREL_REDIS_URL is set (redisStore.ts), which is
// why the interface is asynchronous. Never the database: a counter written to SQLite on every
// request would queue behind editors' saves.
import { redisConfigured } from '@/lib/redis/shared.mjs'

import { redisStore } from './redisStore'

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export interface RateStore {
  /** Counts one hit on `key` unless it already had `limit` hits within the last `windowMs`. */
  hit(key: string, limit: number, windowMs: number, now: number): Promise<RateDecision>
  /** Whether `key` is under `limit` within the last `windowMs`, without counting a hit. */
  peek(key: string, limit: number, windowMs: number, now: number): Promise<RateDecision>
}

const MAX_KEYS = 50_000

/** A sliding window per key, in this process's memory. */
export const memoryStore = (): RateStore => {
  const seen = new Map<string, number[]>()
  const forgetIdle = (now: number, windowMs: number) => {
    for (const [key, times] of seen) if (times.every((at) => at <= now - windowMs)) seen.delete(key)
  }
  const decide = (recent: number[], limit: number, windowMs: number, now: number): RateDecision =>
    recent.length < limit
      ? { allowed: true }
      : {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000)),
        }
  return {
    async peek(key, limit, windowMs, now) {
      return decide(
        (seen.get(key) ?? []).filter((at) => at > now - windowMs),
        limit,
        windowMs,
        now,
      )
    },
    async hit(key, limit, windowMs, now) {
      const recent = (seen.get(key) ?? []).filter((at) => at > now - windowMs)
      const decision = decide(recent, limit, windowMs, now)
      if (!decision.allowed) {
        seen.set(key, recent)
        return decision
      }
      recent.push(now)
      seen.set(key, recent)
      // The map cannot grow without bound: idle keys go once it is large.
      if (seen.size > MAX_KEYS) forgetIdle(now, windowMs)
      return { allowed: true }
    },
  }
}

// One store per process, shared by every route bundle (each bundle has its own module copies).
export const rateStore = (): RateStore =>
  ((globalThis as { laurelRateStore?: RateStore }).laurelRateStore ??= redisConfigured()
    ? redisStore(memoryStore())
    : memoryStore())
