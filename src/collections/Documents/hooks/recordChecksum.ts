import { createHash } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

/** Stores the SHA-256 of the uploaded PDF so anyone can check a copy against the record. */
export const recordChecksum: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.file?.data?.length) return data
  return { ...data, sha256: createHash('sha256').update(req.file.data).digest('hex') }
}
