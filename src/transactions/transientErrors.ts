// MongoDB marks the errors after which a transaction may simply be tried again with labels
// (driver: MongoError#errorLabels). A write conflict between two saves, a primary stepping down
// or a lost connection come labelled `TransientTransactionError`; a commit whose outcome the
// driver could not learn comes labelled `UnknownTransactionCommitResult`.

export const TRANSIENT_TRANSACTION_ERROR = 'TransientTransactionError'
export const UNKNOWN_COMMIT_RESULT = 'UnknownTransactionCommitResult'

type Labelled = { errorLabels?: unknown; cause?: unknown }

/** Looks at the error and the errors it wraps (`cause`), a few levels deep. */
export const hasErrorLabel = (error: unknown, label: string): boolean => {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const { errorLabels, cause } = current as Labelled
    if (Array.isArray(errorLabels) && errorLabels.includes(label)) return true
    current = cause
  }
  return false
}

/** The whole transaction was aborted and may be run again from its first step. */
export const isTransientTransactionError = (error: unknown) =>
  hasErrorLabel(error, TRANSIENT_TRANSACTION_ERROR)

/** Only the commit is in doubt: it is retried on the same session, never the whole save. */
export const isUnknownCommitResult = (error: unknown) => hasErrorLabel(error, UNKNOWN_COMMIT_RESULT)
