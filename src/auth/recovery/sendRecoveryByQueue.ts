// Password recovery keeps Payload's own endpoint and reset page, with three changes: the e-mail is
// queued as a job instead of sent inside the request, the token is stored as its SHA-256, and the
// reset compares hashes. Payload answers known and unknown addresses alike (200, "success").
import type {
  CollectionAfterOperationHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
} from 'payload'

import { queueAccountEmail } from '../queueAccountEmail'
import { staffLink } from '../staffLink'
import { hashToken } from '../tokens'

import { recoveryEmail } from './recoveryEmail'

const ISSUING = 'issuingRecoveryToken'

/** Before Payload's forgot-password: no e-mail from inside the request; the token gets hashed. */
export const takeOverRecoveryEmail: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  req.context[ISSUING] = true
  return { ...args, disableEmail: true }
}

/** Payload stores the token it made through an update; the database gets its hash instead. */
export const hashRecoveryToken: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.context[ISSUING] !== true || typeof data.resetPasswordToken !== 'string') return data
  req.context.recoveryToken = data.resetPasswordToken
  return { ...data, resetPasswordToken: hashToken(data.resetPasswordToken) }
}

/** After Payload's forgot-password, in its transaction: the e-mail with the link, queued. */
export const queueRecoveryEmail: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'forgotPassword' || typeof result !== 'string') return result
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '')
    .toLowerCase()
    .trim()
  const link = staffLink(req, `/admin/reset/${encodeURIComponent(result)}`)
  await queueAccountEmail(req, recoveryEmail(email, link))
  // The Local API would hand the token back; nothing outside the e-mail needs it.
  return null
}

/**
 * Payload's reset looks the token up as stored: by its hash. Changed in place: the reset operation
 * reads the `data` it was given, not the one its hooks return.
 */
export const hashTokenOfReset: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const data = (args as { data?: { token?: unknown } }).data
  if (typeof data?.token !== 'string') return args
  req.context.resettingPassword = true
  data.token = hashToken(data.token)
  return args
}
