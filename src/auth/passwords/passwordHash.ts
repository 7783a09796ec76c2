// Comparing a password with a stored hash the way Payload's local strategy does (PBKDF2-SHA256,
// Payload's current and legacy parameters), for re-authentication; and paying for one hash when
// there is nothing to compare, so that an unknown address costs a sign-in as much as a known one.
import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

// Payload's parameters (payload/dist/auth/strategies/local/generatePasswordSaltHash.js).
const CURRENT = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

export const passwordMatches = async (password: string, hash?: string, salt?: string) => {
  if (!hash || !salt) return false
  const current = hash.startsWith(CURRENT.prefix)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const stored = Buffer.from(current ? hash.slice(CURRENT.prefix.length) : hash, 'hex')
  const derived = await derive(password, salt, iterations, keyLength, 'sha256')
  return derived.length === stored.length && timingSafeEqual(derived, stored)
}

/** An object, so a test can watch the work being done (vi.spyOn) without reading the clock. */
export const passwordWork = {
  spendOneHash: async (password: string) => {
    await derive(
      password,
      randomBytes(32).toString('hex'),
      CURRENT.iterations,
      CURRENT.keyLength,
      'sha256',
    )
  },
}
