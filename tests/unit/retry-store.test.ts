// A refused form's typed values, kept for the retry page: shared between instances through a real
// Redis (started here), expired by Redis itself after a minute, handed out once, and kept in this
// process's memory while Redis is unreachable.
import { randomBytes } from 'node:crypto'

import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { redisRetryStore } from '@/participation/redisRetryStore'
import { memoryRetryStore, type Retry } from '@/participation/retryStore'

import { startRedis } from '../helpers/redis'

// The several-instances browser test's Redis is on LAUREL_TEST_REDIS_PORT; this one the port after.
const redisPort = Number(process.env.LAUREL_TEST_REDIS_PORT || 6390) + 1

const retry: Retry = {
  values: { nomineeName: '王小明', nominatorContact: 'reader@example.org' },
  errors: { consent: '请勾选同意' },
}

let redis: Awaited<ReturnType<typeof startRedis>>
let one: ReturnType<typeof createClient>
let other: ReturnType<typeof createClient>
const prefix = `laurel:${randomBytes(4).toString('hex')}:`
// Two instances: each its own connection and its own memory.
const instance = (client: ReturnType<typeof createClient>) =>
  redisRetryStore(
    () => client,
    async () => prefix,
    memoryRetryStore(),
  )

beforeAll(async () => {
  redis = await startRedis(redisPort)
  one = createClient({ url: redis.url })
  other = createClient({ url: redis.url })
  await Promise.all([one.connect(), other.connect()])
}, 20_000)

afterAll(async () => {
  await Promise.all([one?.close(), other?.close()])
  await redis?.stop()
})

describe('the retry store in Redis', () => {
  it('hands what one instance kept to another, once', async () => {
    const token = await instance(one).keep(retry)
    const elsewhere = instance(other)
    expect(await elsewhere.take(token)).toEqual(retry)
    expect(await elsewhere.take(token)).toBeNull()
    expect(await instance(one).take(token)).toBeNull()
  })

  it('lets Redis expire an entry a minute after it was kept, under the site’s prefix', async () => {
    const token = await instance(one).keep(retry)
    const key = `${prefix}retry:${token}`
    const left = await other.pTTL(key)
    expect(left).toBeGreaterThan(55_000)
    expect(left).toBeLessThanOrEqual(60_000)
    // Expired by Redis (here brought forward), the entry is gone for every instance.
    await other.pExpireAt(key, Date.now() - 1_000)
    expect(await instance(other).take(token)).toBeNull()
  })

  it('looks up nothing but its own tokens', async () => {
    await other.set(`${prefix}retry:*`, JSON.stringify(retry))
    expect(await instance(one).take('*')).toBeNull()
  })

  it('keeps the values in memory while Redis is unreachable, and logs none of them', async () => {
    const logged = (['log', 'info', 'warn', 'error'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => {}),
    )
    const away = createClient({ url: `redis://127.0.0.1:${redisPort}` }) // never connected
    const store = instance(away)
    const token = await store.keep(retry)
    expect(await instance(one).take(token)).toBeNull()
    expect(await store.take(token)).toEqual(retry)
    expect(await store.take(token)).toBeNull()
    const printed = JSON.stringify(logged.flatMap((spy) => spy.mock.calls))
    expect(printed).not.toContain('reader@example.org')
    for (const spy of logged) spy.mockRestore()
  })
})

describe('the retry store in memory', () => {
  it('forgets an entry a minute after it was kept', async () => {
    let now = 1_000_000
    const store = memoryRetryStore(() => now)
    const kept = await store.keep(retry)
    const late = await store.keep(retry)
    now += 59_999
    expect(await store.take(kept)).toEqual(retry)
    now += 1
    expect(await store.take(late)).toBeNull()
  })
})
