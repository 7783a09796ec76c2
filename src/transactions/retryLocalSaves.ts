// Local API writes (public forms, jobs, the intake, scripts) that start their own transaction are
// retried as a whole on a transient transaction error. A write made inside another's transaction
// (a hook passing `req`) is not: the transaction's owner retries, from its own first step.
import type { Payload, PayloadRequest } from 'payload'

import { retryTransient } from './retryTransient'

const WRITES = [
  'create',
  'update',
  'delete',
  'duplicate',
  'restoreVersion',
  'updateGlobal',
  'restoreGlobalVersion',
] as const

type WriteOptions = { req?: Partial<PayloadRequest>; disableTransaction?: boolean }
type Write = (options: WriteOptions) => Promise<unknown>

const RETRYING = Symbol.for('laurel.retryingLocalSaves')

const ownsItsTransaction = ({ req, disableTransaction }: WriteOptions) =>
  !disableTransaction && !req?.transactionID

const retrying =
  (write: Write): Write =>
  (options) => {
    if (!ownsItsTransaction(options)) return write(options)
    // Hooks leave flags in req.context; each attempt starts from the caller's.
    const context = options.req?.context ? { ...options.req.context } : undefined
    return retryTransient((attempt) => {
      if (attempt > 1 && options.req && context) options.req.context = { ...context }
      return write(options)
    })
  }

/** Payload's `onInit`: wraps the instance's write methods once. */
export const retryLocalSaves = (payload: Payload) => {
  const marked = payload as Payload & { [RETRYING]?: true }
  if (marked[RETRYING]) return
  marked[RETRYING] = true
  for (const name of WRITES) {
    // The methods' overloads differ; each is called with its own options, unchanged.
    const write = (payload[name] as unknown as Write).bind(payload)
    Object.assign(payload, { [name]: retrying(write) })
  }
}
