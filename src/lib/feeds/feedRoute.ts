// One route handler per feed format. Feeds are cached like pages and expired by the same tags.
import { getFeedEntries, isFeedName } from '@/data/feeds'
import { isLocale } from '@/i18n/locales'

import { buildFeed } from './buildFeed'

type Params = { params: Promise<{ locale: string; section: string }> }

const contentTypes = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
}

export const feedRoute =
  (format: 'rss' | 'atom') =>
  async (_request: Request, { params }: Params) => {
    const { locale, section } = await params
    if (!isLocale(locale) || !isFeedName(section)) {
      return new Response('No such feed.', {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      })
    }
    const feed = buildFeed(locale, section, await getFeedEntries(section, locale))
    return new Response(format === 'rss' ? feed.rss2() : feed.atom1(), {
      headers: { 'content-type': contentTypes[format] },
    })
  }
