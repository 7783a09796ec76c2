// A write that rides on the staff cookie must come from one of our own pages. Payload's `csrf`
// list only makes it ignore the cookie of a foreign origin (the request then runs as the public);
// this answers such a write with 403 instead, so nothing runs at all.
import { allowedOrigins } from '@/lib/allowedOrigins'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const SESSION_COOKIE = /(?:^|;\s*)payload-token=/

export const isForeignWrite = (request: Request): boolean => {
  if (SAFE_METHODS.has(request.method)) return false
  if (!SESSION_COOKIE.test(request.headers.get('cookie') ?? '')) return false
  const origin = request.headers.get('origin')
  if (origin) return !allowedOrigins().includes(origin)
  // Browsers send Origin with every cross-origin write; without it, trust Fetch Metadata.
  return request.headers.get('sec-fetch-site') === 'cross-site'
}
