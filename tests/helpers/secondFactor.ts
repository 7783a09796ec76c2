// Enrolling and giving the second factor through REST, as an authenticator app would.
import { currentTotp } from '@/auth/secondFactor/totp'

import { api } from './http'

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

export const giveCode = async (token: string, secret: string) =>
  api('POST', '/users/second-factor/verify', { token, json: { code: await currentTotp(secret) } })
