// A sign-in for an address with no account pays for one password hash, as a known address does,
// so the time of the answer does not tell who has an account (before this: 16–60 ms against
// 240–650 ms). Payload refuses the unknown address right after this hook.
import type { CollectionBeforeOperationHook } from 'payload'

import { passwordWork } from './passwordHash'
import { storedAccount } from './storedAccount'

export const equalizeSignInTiming: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } =
    (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  if (typeof email !== 'string' || typeof password !== 'string') return args
  const account = await storedAccount(req, { email: { equals: email.toLowerCase().trim() } })
  if (!account) await passwordWork.spendOneHash(password)
  return args
}
