// Crawlers may read the whole public site, not the admin or the API, and find every page through
// the sitemap. Written per request because the public address is read at run time.
import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
