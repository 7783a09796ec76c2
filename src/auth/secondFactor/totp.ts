// Time-based one-time codes (RFC 6238) as authenticator apps make them: SHA-1, 6 digits, 30 s.
// One step either side is accepted, for a phone clock a little off. A code works once: the caller
// stores the time step it was accepted at, and a code of that step or an earlier one is refused,
// so a code seen over a shoulder or in a log cannot be replayed within its window.
import { generate, generateSecret, generateURI, verify } from 'otplib'

import { authClock } from '../clock'

const ISSUER = 'Laurel'
const PERIOD = 30
const TOLERANCE = 30

export const newTotpSecret = () => generateSecret()

export const totpUri = (secret: string, account: string) =>
  generateURI({ issuer: ISSUER, label: account, secret })

const epochNow = () => Math.floor(authClock.now() / 1000)

/** The time step the code belongs to when it is good and later than `lastStep`; else null. */
export const acceptedTotpStep = async (
  secret: string,
  code: string,
  lastStep?: number | null,
): Promise<number | null> => {
  const token = code.replace(/\s/g, '')
  if (!secret || !/^\d{6}$/.test(token)) return null
  const epoch = epochNow()
  // otplib throws when the last step lies past the window (a clock turned back): nothing is newer.
  if (typeof lastStep === 'number' && lastStep >= Math.floor((epoch + TOLERANCE) / PERIOD)) {
    return null
  }
  const result = await verify({
    secret,
    token,
    epoch,
    epochTolerance: TOLERANCE,
    ...(typeof lastStep === 'number' ? { afterTimeStep: lastStep } : {}),
  })
  return result.valid && 'timeStep' in result ? result.timeStep : null
}

/** The code an authenticator shows now: for tests and nothing else. */
export const currentTotp = (secret: string) => generate({ secret, epoch: epochNow() })
