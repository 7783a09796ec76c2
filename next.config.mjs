import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/lib/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The container image runs Next's standalone server; local starts use `next start`.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Several instances share their page and data cache in Redis (src/lib/redis/cacheHandler.mjs).
  // A container image carries the handler always, since its config is fixed at build time; the
  // handler keeps pages in memory when the container runs without LAUREL_REDIS_URL. `npm start`
  // without Redis keeps Next's own cache on disk, as before.
  ...(process.env.LAUREL_REDIS_URL || process.env.NEXT_OUTPUT === 'standalone'
    ? {
        cacheHandler: path.resolve(import.meta.dirname, 'src/lib/redis/cacheHandler.mjs'),
        cacheMaxMemorySize: 0, // no copy in this process: another instance may have expired it
      }
    : {}),
  // Next hashes every response body for an ETag, on each request: for a cached notice page of
  // 60 KB that hash was an eighth of the server's time (bench/notice-baseline.mjs). Pages carry no
  // browser max-age, so an ETag would only turn a reader's reload into a 304; not worth it.
  generateEtags: process.env.LAUREL_ETAGS === 'true',
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  // CSP, nosniff, Referrer-Policy, Permissions-Policy, framing and HSTS on every response.
  async headers() {
    return securityHeaders()
  },
  // Chinese is the language of record: `/` is the Chinese home page, and an address without a
  // language prefix is read as Chinese, so even its "not found" page is in the reader's language.
  async rewrites() {
    return {
      afterFiles: [
        { source: '/', destination: '/zh' },
        {
          source: '/:path((?!zh(?:/|$)|en(?:/|$)|admin(?:/|$)|api/|_next/).+)',
          destination: '/zh/:path',
        },
      ],
    }
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
