// Checks an account's current password against its stored hash without signing in (which would
// open a new session): PBKDF2-SHA256 in the two hash formats Payload 3.90 writes
// (node_modules/payload/dist/auth/strategies/local/generatePasswordSaltHash.js).
import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

import type { PayloadRequest } from 'payload'

import { readAccount } from './accountRecord'

const derive = promisify(pbkdf2)
const CURRENT = 'pbkdf2-sha256-v1:'

const parameters = (hash: string) =>
  hash.startsWith(CURRENT)
    ? { stored: hash.slice(CURRENT.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }

export const isCurrentPassword = async (
  req: PayloadRequest,
  userId: number | string,
  password: unknown,
): Promise<boolean> => {
  if (typeof password !== 'string' || !password) return false
  const account = await readAccount(req.payload, userId, req)
  if (typeof account?.hash !== 'string' || typeof account.salt !== 'string') return false
  const { stored, iterations, keyLength } = parameters(account.hash)
  const given = await derive(password, account.salt, iterations, keyLength, 'sha256')
  const expected = Buffer.from(stored, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
