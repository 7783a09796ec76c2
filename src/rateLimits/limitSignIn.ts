// Sign-in and password recovery are counted per client and per account before Payload checks
// anything, over HTTP and GraphQL alike; the Local API (seed, scripts, tests' setup) is not.
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { addressKey, clientAddress } from '@/lib/clientAddress'

import { takeRates } from './limits'

const message = (language: string | undefined, seconds: number) =>
  language === 'en'
    ? `Too many attempts. Please try again in ${seconds} seconds.`
    : `尝试次数过多，请在 ${seconds} 秒后再试。`

export const limitSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  if (req.payloadAPI === 'local') return args
  const data = (args as { data?: { email?: unknown } }).data
  const account = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const client = addressKey(clientAddress(req.headers))
  const decision =
    operation === 'login'
      ? await takeRates([
          ['signInPerClient', client],
          ['signInPerAccount', account],
        ])
      : await takeRates([
          ['recoveryPerClient', client],
          ['recoveryPerAccount', account],
        ])
  if (!decision.allowed) {
    throw new APIError(
      message(req.i18n?.language, decision.retryAfterSeconds),
      429,
      undefined,
      true,
    )
  }
  return args
}
