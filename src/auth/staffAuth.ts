// Everything the staff accounts gain from src/auth, in one place for the users collection to
// spread: the second factor's fields and doors, the session rules, the sign-out record.
import type { CollectionConfig } from 'payload'

import { secondFactorEndpoints } from './secondFactor/endpoints'
import { secondFactorFields } from './secondFactor/fields'
import { sessionCookies } from './sessions/cookies'
import { sessionEndpoints } from './sessions/endpoints'
import { sessionFields } from './sessions/fields'
import { noteUserAgent } from './sessions/noteUserAgent'
import { recordLogout } from './sessions/recordLogout'
import { laurelSessions } from './sessions/sessionStrategy'
import { lifetimeMs } from './sessions/lifetime'

export const staffSessionAuth = {
  tokenExpiration: lifetimeMs() / 1000,
  cookies: sessionCookies(),
  strategies: [laurelSessions],
} satisfies Partial<Exclude<CollectionConfig['auth'], boolean | undefined>>

export const staffAuthHooks = {
  afterLogin: [noteUserAgent],
  afterLogout: [recordLogout],
} satisfies CollectionConfig['hooks']

export const staffAuthEndpoints = [...secondFactorEndpoints, ...sessionEndpoints]

export const staffAuthFields = [...secondFactorFields, ...sessionFields]
