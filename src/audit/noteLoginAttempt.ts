// Which account a sign-in is for, noted before Payload checks the password: when the sign-in is
// refused, the error that reaches recordLoginFailure no longer says.
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

const KEY = 'auditLoginEmail'

export const noteLoginAttempt: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    req.context[KEY] = typeof email === 'string' ? email.toLowerCase().trim() : undefined
  }
  return args
}

/** The email of the sign-in this request attempted, if it attempted one. */
export const attemptedLoginEmail = (req: PayloadRequest): string | undefined => {
  const email = req.context[KEY]
  return typeof email === 'string' && email !== '' ? email : undefined
}
