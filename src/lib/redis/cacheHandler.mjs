// Next's page and data cache in Redis (next.config.mjs names this file when LAUREL_REDIS_URL is
// set): every instance reads the pages any instance rendered, and a save on any instance deletes
// the entries tagged with what it changed, for all (docs/adr/0027-several-instances.md). The
// handler is the maintained @fortedigital/nextjs-cache-handler, not our own.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

import { redisKeyPrefix, sharedRedis } from './shared.mjs'

CacheHandler.onCreation(async () => {
  // `next build` has no database (so no identity) and renders no public page; and a container
  // image started without Redis keeps its pages in its own memory.
  const client = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD ? undefined : sharedRedis()
  if (!client) return { handlers: [createLruHandler()] }
  // While Redis is away the handler answers "not cached" (pages render from the database) rather
  // than waiting: it refuses every call until the client is ready again.
  const redis = createRedisHandler({
    client,
    keyPrefix: `${await redisKeyPrefix()}next:`,
    timeoutMs: 1_000,
  })
  return { handlers: [redis] }
})

export default CacheHandler
