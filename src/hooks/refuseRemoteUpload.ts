import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { allowedOrigins } from '@/lib/allowedOrigins'

const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i

/**
 * Files are uploaded, never fetched by the server from an address a client names: that would let
 * a client make the server call hosts on its own network (Payload's safe fetch blocks private
 * addresses, with a 500). A file of this site (the admin's crop and focal point) is still read.
 */
export const refuseRemoteUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // Payload strips `url` from the data before this hook; the body as sent still has it.
  const url = (req.data as { url?: unknown } | undefined)?.url
  if (req.file || typeof url !== 'string' || !ABSOLUTE.test(url)) return args
  if (allowedOrigins().some((origin) => url.startsWith(`${origin}/`))) return args
  const message =
    req.i18n?.language === 'en'
      ? 'Upload the file itself: files are not fetched from other addresses.'
      : '请直接上传文件：系统不会从其他网址获取文件。'
  throw new APIError(message, 400, undefined, true)
}
