// Reading and writing an account's stored second factor, secret included: only src/auth does
// (the API never shows these fields). The secrets are sealed on the way in and opened on the way
// out (sealedSecret.ts); nothing else sees them sealed.
import type { PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import { changeAccount, readAccount } from '../accountRecord'

import { openSecret, sealSecret } from './sealedSecret'

export type StoredFactor = NonNullable<User['secondFactor']>

/** The secrets as the database keeps them (sealed) or as the code uses them (open). */
const mapSecrets = (factor: StoredFactor, map: (value: string) => string | null): StoredFactor => ({
  ...factor,
  ...(factor.secret ? { secret: map(factor.secret) } : {}),
  ...(factor.pendingSecret ? { pendingSecret: map(factor.pendingSecret) } : {}),
})

export const readFactor = async (
  req: PayloadRequest,
  userId: number | string,
): Promise<StoredFactor> => {
  const stored = (await readAccount(req.payload, userId, req))?.secondFactor ?? {}
  return mapSecrets(stored, (value) => openSecret(value, req.payload.secret))
}

export const writeFactor = (
  req: PayloadRequest,
  userId: number | string,
  secondFactor: StoredFactor,
) =>
  changeAccount(
    req.payload,
    userId,
    () => ({
      secondFactor: mapSecrets(secondFactor, (value) => sealSecret(value, req.payload.secret)),
    }),
    req,
  )

export const NO_FACTOR: StoredFactor = {
  enrolledAt: null,
  secret: null,
  pendingSecret: null,
  lastStep: null,
  recoveryCodes: [],
}
