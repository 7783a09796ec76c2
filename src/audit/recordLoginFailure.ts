// A refused sign-in leaves one audit entry: 'login-failed', or 'locked-out' when this failure
// locked the account or the account was locked already. A refused sign-in is not a change: its
// entry is written in a transaction of its own, and survives the refusal.
import {
  type AfterErrorHook,
  AuthenticationError,
  createLocalReq,
  LockedAuth,
  type PayloadRequest,
} from 'payload'

import { attemptedLoginEmail } from './noteLoginAttempt'
import { writeAuditEntry } from './writeAuditEntry'

type Account = { id: number | string; email: string; lockUntil?: string | null }

// GraphQL wraps the operation's error; REST hands it over as it was thrown.
const causeOf = (error: Error): unknown =>
  'originalError' in error && error.originalError ? error.originalError : error

const findAccount = async (req: PayloadRequest, email: string): Promise<Account | undefined> => {
  // system: a refused sign-in has no user; the account it named is looked up to log it
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true, // lockUntil is hidden
    req,
  })
  return docs[0] as Account | undefined
}

const isLocked = (account: Account | undefined) =>
  Boolean(account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now())

/**
 * Only Payload's login operation throws these two errors (payload/dist/auth/operations/login.js);
 * it counts the failed attempt outside any transaction, before the error reaches this hook.
 */
export const recordLoginFailure: AfterErrorHook = async ({ error, req }) => {
  const cause = causeOf(error)
  if (!(cause instanceof AuthenticationError) && !(cause instanceof LockedAuth)) return
  const email = attemptedLoginEmail(req)
  try {
    const outsideAnyTransaction = await createLocalReq({}, req.payload)
    const account = email ? await findAccount(outsideAnyTransaction, email) : undefined
    await writeAuditEntry(
      req,
      {
        action: cause instanceof LockedAuth || isLocked(account) ? 'locked-out' : 'login-failed',
        targetCollection: 'users',
        // An unknown account's typed email is not kept: it may be a password typed one field up.
        targetId: account?.id ?? null,
        targetTitle: account?.email ?? null,
        detail: account ? { email: account.email } : undefined,
      },
      outsideAnyTransaction,
    )
  } catch (failure) {
    // The sign-in is refused either way; a log that cannot be written must not turn 401 into 500.
    req.payload.logger.error({ err: failure, msg: 'Could not record a refused sign-in.' })
  }
}
