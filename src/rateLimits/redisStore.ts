// Rate-limit counters in Redis, so that every app instance counts the same client's requests
// together: a sliding window per key, as a sorted set of hit times, checked and counted in one
// script so two instances cannot both let the last allowed hit through.
import { randomBytes } from 'node:crypto'

import { redisKeyPrefix, sharedRedis } from '@/lib/redis/shared.mjs'

import type { RateDecision, RateStore } from './store'

// KEYS[1]: the window; ARGV: now, window length (ms), limit, count this hit (1/0), member name.
// Answers {1} when allowed, or {0, time of the oldest hit in the window}.
const SLIDING_WINDOW = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2])}
end
if ARGV[4] == '1' then
  redis.call('ZADD', KEYS[1], ARGV[1], ARGV[5])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return {1}
`

/**
 * Counters in Redis; while Redis is unreachable, `fallback` (this process's memory) counts, so
 * the forms stay limited and open rather than failing.
 */
export const redisStore = (fallback: RateStore): RateStore => {
  const decide = async (
    count: boolean,
    key: string,
    limit: number,
    windowMs: number,
    now: number,
  ): Promise<RateDecision> => {
    const client = sharedRedis()
    if (!client?.isReady) {
      return count
        ? fallback.hit(key, limit, windowMs, now)
        : fallback.peek(key, limit, windowMs, now)
    }
    const answer = (await client.eval(SLIDING_WINDOW, {
      keys: [`${await redisKeyPrefix()}rate:${key}`],
      arguments: [
        String(now),
        String(windowMs),
        String(limit),
        count ? '1' : '0',
        `${now}:${randomBytes(6).toString('hex')}`,
      ],
    })) as number[]
    if (answer[0] === 1) return { allowed: true }
    const oldest = Number(answer[1])
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)),
    }
  }
  return {
    hit: (key, limit, windowMs, now) => decide(true, key, limit, windowMs, now),
    peek: (key, limit, windowMs, now) => decide(false, key, limit, windowMs, now),
  }
}
