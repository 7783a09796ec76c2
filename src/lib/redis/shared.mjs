// The one Redis connection of a server process, shared by Next's cache handler (loaded by Next
// itself, outside the app's bundles) and the app's code (rate limits, the jobs lease): so it
// lives on globalThis, in plain JavaScript both can import. Without LAUREL_REDIS_URL there is no
// connection and every caller keeps its in-process behaviour.
import { createClient } from 'redis'

/** @typedef {ReturnType<typeof createClient>} RedisClient */

/** @returns {{ client?: RedisClient, identity: Promise<string>, provide: (id: string) => void }} */
const state = () => {
  const shared = /** @type {{ laurelRedis?: ReturnType<typeof fresh> }} */ (globalThis)
  return (shared.laurelRedis ??= fresh())
}

const fresh = () => {
  /** @type {(id: string) => void} */
  let provide = () => {}
  /** @type {Promise<string>} */
  const identity = new Promise((resolve) => {
    provide = resolve
  })
  return { client: /** @type {RedisClient | undefined} */ (undefined), identity, provide }
}

export const redisConfigured = () => Boolean(process.env.LAUREL_REDIS_URL)

/**
 * This process's Redis client, or undefined without LAUREL_REDIS_URL. It connects in the
 * background and reconnects by itself; callers check `isReady` and fall back while Redis is away
 * (a page rendered instead of read from the cache, a limit counted in this process).
 * @returns {RedisClient | undefined}
 */
export const sharedRedis = () => {
  const url = process.env.LAUREL_REDIS_URL
  if (!url) return undefined
  const shared = state()
  if (!shared.client) {
    const client = createClient({ url, pingInterval: 10_000 })
    let reported = false
    client.on('error', (error) => {
      // Reconnection is automatic; one line per outage is enough for the log.
      if (!reported) console.error(`Redis at ${new URL(url).host} is unreachable:`, error.message)
      reported = true
    })
    client.on('ready', () => {
      reported = false
    })
    client.connect().catch(() => {})
    shared.client = client
  }
  return shared.client
}

/** Called once the database is open (src/instrumentation.ts): its identity names every key. */
export const provideDatabaseIdentity = (/** @type {string} */ identity) => state().provide(identity)

/** `laurel:<database identity>:`, the start of every key this site keeps in Redis. */
export const redisKeyPrefix = async () => `laurel:${await state().identity}:`
