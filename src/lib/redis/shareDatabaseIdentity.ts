// Hands the database's identity to everything that keeps keys in Redis (the page cache, rate
// limits, the jobs lease), which wait for it: keys are never written under another name.
import type { Payload } from 'payload'

import { databaseIdentity } from '@/lib/databaseIdentity'

import { provideDatabaseIdentity, redisConfigured } from './shared.mjs'

export const shareDatabaseIdentity = async (payload: Payload) => {
  if (redisConfigured()) provideDatabaseIdentity(await databaseIdentity(payload))
}
