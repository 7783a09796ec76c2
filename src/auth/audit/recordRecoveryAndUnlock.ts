// Two account events that Payload's own operations carry out without collection change hooks: a
// reset through the recovery link (Payload signs the account in, so the afterLogin hook sees it,
// in the reset's transaction) and an administrator's unlock (after Payload's commit).
import type { CollectionAfterLoginHook, CollectionAfterOperationHook } from 'payload'

import { storedAccount } from '../passwords/storedAccount'

import { recordAccountEvent } from './recordAccountEvents'

export const recordPasswordReset: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.context.resettingPassword === true) {
    await recordAccountEvent(req, 'password-reset', user, ['password'])
  }
  return user
}

export const recordUnlock: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'unlock' || !result) return result
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string') return result
  const account = await storedAccount(req, { email: { equals: email.toLowerCase().trim() } })
  if (account) await recordAccountEvent(req, 'unlock', account)
  return result
}
