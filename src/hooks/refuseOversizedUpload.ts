import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** Answers 413 for an upload larger than this collection accepts, before anything is written. */
export const refuseOversizedUpload =
  (maxBytes: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (file && file.size > maxBytes) {
      const megabytes = Math.round(maxBytes / 1024 / 1024)
      throw new APIError(`The file is larger than ${megabytes} MB.`, 413, undefined, true)
    }
    return args
  }
