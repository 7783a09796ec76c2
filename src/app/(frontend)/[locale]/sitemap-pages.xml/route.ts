// The sitemap of one reading language (see src/lib/sitemapXml.ts). Like the pages, it is built on
// its first request and then served from Next's cache until a save expires the sitemap's tags.
import { getSitemapEntries } from '@/data/sitemap'
import { isLocale } from '@/i18n/locales'
import { urlSetXml, xmlHeaders } from '@/lib/sitemapXml'

export const dynamic = 'force-static'
export const generateStaticParams = () => []

type Context = { params: Promise<{ locale: string }> }

export async function GET(_request: Request, { params }: Context) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  return new Response(urlSetXml(locale, await getSitemapEntries()), { headers: xmlHeaders })
}
