// Reading and writing an account's stored second factor, secret included: only src/auth does
// (the API never shows these fields).
import type { PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import { changeAccount, readAccount } from '../accountRecord'

export type StoredFactor = NonNullable<User['secondFactor']>

export const readFactor = async (
  req: PayloadRequest,
  userId: number | string,
): Promise<StoredFactor> => (await readAccount(req.payload, userId, req))?.secondFactor ?? {}

export const writeFactor = (
  req: PayloadRequest,
  userId: number | string,
  secondFactor: StoredFactor,
) => changeAccount(req.payload, userId, () => ({ secondFactor }), req)

export const NO_FACTOR: StoredFactor = {
  enrolledAt: null,
  secret: null,
  pendingSecret: null,
  lastStep: null,
  recoveryCodes: [],
}
