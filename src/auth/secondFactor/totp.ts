// Time-based one-time codes (RFC 6238) as authenticator apps make them: SHA-1, 6 digits, 30 s.
// One step either side is accepted, for a phone clock a little off.
import { generate, generateSecret, generateURI, verify } from 'otplib'

import { authClock } from '../clock'

const ISSUER = 'Laurel'

export const newTotpSecret = () => generateSecret()

export const totpUri = (secret: string, account: string) =>
  generateURI({ issuer: ISSUER, label: account, secret })

const epochNow = () => Math.floor(authClock.now() / 1000)

export const isValidTotp = async (secret: string, code: string): Promise<boolean> => {
  const token = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(token)) return false
  const result = await verify({ secret, token, epoch: epochNow(), epochTolerance: 30 })
  return result.valid
}

/** The code an authenticator shows now: for tests and nothing else. */
export const currentTotp = (secret: string) => generate({ secret, epoch: epochNow() })
