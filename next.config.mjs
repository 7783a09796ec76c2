import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The container image runs Next's standalone server; local starts use `next start`.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
