// A lease in Redis: work that must happen once across all app instances (the jobs runner) runs
// only in the instance that holds it. SQLite has no row locks, and Payload's job queue alone
// would let two instances pick the same due job and send the same e-mail twice.
import { randomUUID } from 'node:crypto'

import { redisConfigured, redisKeyPrefix, sharedRedis } from './shared.mjs'

const TTL_MS = 60_000
// Renewed well before it lapses, so a long run keeps it; a crashed holder's lease lapses in a minute.
const RENEW_MS = 20_000

// Only the holder may extend or release: compare the token, then act, in one step.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`

export type LeaseOutcome<T> = { ran: true; value: T } | { ran: false; reason: string }

/**
 * Runs `work` if this instance takes the lease `name`, and releases it after. Without Redis (one
 * instance) the work simply runs. With Redis configured but unreachable it does not run: a late
 * job is better than one done twice, and the runner tries again in ten seconds.
 */
export const withLease = async <T>(
  name: string,
  work: () => Promise<T>,
): Promise<LeaseOutcome<T>> => {
  if (!redisConfigured()) return { ran: true, value: await work() }
  const client = sharedRedis()
  if (!client?.isReady) return { ran: false, reason: 'Redis is unreachable' }
  const key = `${await redisKeyPrefix()}lease:${name}`
  const token = randomUUID()
  const taken = await client.set(key, token, { NX: true, PX: TTL_MS })
  if (taken !== 'OK') return { ran: false, reason: 'another instance holds the lease' }
  const renewal = setInterval(() => {
    client.eval(RENEW, { keys: [key], arguments: [token, String(TTL_MS)] }).catch(() => {})
  }, RENEW_MS)
  try {
    return { ran: true, value: await work() }
  } finally {
    clearInterval(renewal)
    await client.eval(RELEASE, { keys: [key], arguments: [token] }).catch(() => {})
  }
}
