// Enrolling and giving the second factor through REST, as an authenticator app would.
import { authClock } from '@/auth/clock'
import { currentTotp } from '@/auth/secondFactor/totp'

import { api } from './http'

let stepsAhead = 0

/**
 * Moves the injected clock on by one 30-second step, as a person waits for their app's next code:
 * a code works once, so a test giving a second code needs a later one, and sleeps are not allowed.
 */
export const nextTotpStep = () => {
  stepsAhead += 1
  authClock.now = () => Date.now() + stepsAhead * 30_000
}

/** Puts the clock back to the real time; a suite that moved it calls this in afterAll. */
export const resetTotpClock = () => {
  stepsAhead = 0
  authClock.now = () => Date.now()
}

/** Enrols an authenticator for the token's account; returns its secret and recovery codes. */
export const enrol = async (token: string) => {
  const started = await api('POST', '/users/second-factor/start', { token, json: {} })
  if (started.status !== 200) throw new Error(`enrolment refused: ${JSON.stringify(started.data)}`)
  const secret = started.data.secret as string
  const confirmed = await api('POST', '/users/second-factor/confirm', {
    token,
    json: { code: await currentTotp(secret) },
  })
  if (confirmed.status !== 200)
    throw new Error(`confirm refused: ${JSON.stringify(confirmed.data)}`)
  return { secret, recoveryCodes: confirmed.data.recoveryCodes as string[], started: started.data }
}

/** Gives the authenticator's next code (see nextTotpStep). */
export const giveCode = async (token: string, secret: string) => {
  nextTotpStep()
  return api('POST', '/users/second-factor/verify', {
    token,
    json: { code: await currentTotp(secret) },
  })
}
