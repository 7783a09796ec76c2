import type { CollectionBeforeChangeHook } from 'payload'

/** Who uploaded a file is set by the server on upload and never changes afterwards. */
export const recordUploader: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && req.user ? { ...data, uploadedBy: req.user.id } : data
