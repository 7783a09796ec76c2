import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { say } from '@/i18n/adminMessages'

/** Answers 413 for an upload larger than this collection accepts, before anything is written. */
export const refuseOversizedUpload =
  (maxBytes: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (file && file.size > maxBytes) {
      const megabytes = Math.round(maxBytes / 1024 / 1024)
      throw new APIError(say(req, 'fileTooLarge', { megabytes }), 413, undefined, true)
    }
    return args
  }
