// Sign-in and password recovery are limited per client and per account, over REST and GraphQL
// alike; the Local API (seed, scripts, tests' setup) is not. A sign-in is refused once a client
// or an account has too many refused sign-ins behind it; recovery counts every request, since
// each one sends an email.
import {
  type AfterErrorHook,
  APIError,
  AuthenticationError,
  type CollectionBeforeOperationHook,
  LockedAuth,
  type PayloadRequest,
} from 'payload'

import { addressKey, clientAddress } from '@/lib/clientAddress'

import { type LimitName, peekRates, takeRates } from './limits'

const ACCOUNT = 'signInAccount'

const message = (language: string | undefined, seconds: number) =>
  language === 'en'
    ? `Too many attempts. Please try again in ${seconds} seconds.`
    : `尝试次数过多，请在 ${seconds} 秒后再试。`

const failureChecks = (req: PayloadRequest, account: string): [LimitName, string][] => [
  ['signInFailuresPerClient', addressKey(clientAddress(req.headers))],
  ['signInFailuresPerAccount', account],
]

export const limitSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  if (req.payloadAPI === 'local') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  const account = typeof email === 'string' ? email.toLowerCase().trim() : ''
  req.context[ACCOUNT] = account
  const decision =
    operation === 'login'
      ? await peekRates(failureChecks(req, account))
      : await takeRates([
          ['recoveryPerClient', addressKey(clientAddress(req.headers))],
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

// GraphQL wraps the operation's error; REST hands it over as it was thrown.
const causeOf = (error: Error): unknown =>
  'originalError' in error && error.originalError ? error.originalError : error

/** Counts a refused sign-in (a wrong password, or a locked account) against client and account. */
export const countSignInFailure: AfterErrorHook = async ({ error, req }) => {
  const cause = causeOf(error)
  if (!(cause instanceof AuthenticationError || cause instanceof LockedAuth)) return
  if (!req || req.payloadAPI === 'local') return
  const account = req.context[ACCOUNT]
  await takeRates(failureChecks(req, typeof account === 'string' ? account : ''))
}
