// Recovery codes: ten single-use codes for a lost phone, shown once when the factor is enrolled.
// Only their SHA-256 is kept; each has 80 random bits, so a plain hash is as safe as a slow one.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

const COUNT = 10
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

export type StoredRecoveryCode = { hash: string; usedAt?: string | null }

const normalise = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '')

export const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(normalise(code)).digest('hex')

const oneCode = () => {
  const letters = [...randomBytes(16)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('')
  return `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8, 12)}-${letters.slice(12)}`
}

export const newRecoveryCodes = () => {
  const codes = Array.from({ length: COUNT }, oneCode)
  // Array rows written through the adapter need the id Payload's hooks would otherwise give them.
  const stored = codes.map((code) => ({
    id: randomBytes(12).toString('hex'),
    hash: hashRecoveryCode(code),
    usedAt: null,
  }))
  return { codes, stored }
}

/** The index of the unused stored code that matches, or -1. */
export const matchRecoveryCode = (stored: StoredRecoveryCode[], code: string): number => {
  const wanted = Buffer.from(hashRecoveryCode(code), 'hex')
  return stored.findIndex(
    (entry) => !entry.usedAt && timingSafeEqual(Buffer.from(entry.hash, 'hex'), wanted),
  )
}
