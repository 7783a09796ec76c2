import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/lib/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The container image runs Next's standalone server; local starts use `next start`.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
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
