// The sitemap index search engines are pointed to. It names the language sitemaps by the public
// address, which is deployment configuration read at run time, so it is written per request; it
// reads no data and costs next to nothing.
import { sitemapIndexXml, xmlHeaders } from '@/lib/sitemapXml'

export const dynamic = 'force-dynamic'

export function GET() {
  return new Response(sitemapIndexXml(), { headers: xmlHeaders })
}
