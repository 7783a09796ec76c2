// The column's feeds as RSS 2.0 and Atom documents, written by the `feed` library so that
// escaping and the formats' required elements are right.
import { Feed } from 'feed'

import type { FeedEntry, FeedName } from '@/data/feeds'
import { languageTags, localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { absoluteUrl } from '@/lib/siteUrl'

const sectionTitles: Record<FeedName, keyof (typeof strings)['zh']> = {
  all: 'siteName',
  commendations: 'commendations',
  'model-stories': 'stories',
  interpretations: 'interpretations',
  policies: 'policies',
}

/** Every feed the column offers: the whole column, then each section. */
export const feedNames: FeedName[] = [
  'all',
  'commendations',
  'model-stories',
  'interpretations',
  'policies',
]

export const feedTitle = (locale: Locale, name: FeedName) => {
  const t = strings[locale]
  return name === 'all' ? t.siteName : `${t[sectionTitles[name]] as string} · ${t.siteName}`
}

export const feedPath = (locale: Locale, name: FeedName, format: 'rss' | 'atom') =>
  localePath(locale, `/feeds/${name}/${format}.xml`)

export const buildFeed = (locale: Locale, name: FeedName, entries: FeedEntry[]) => {
  const t = strings[locale]
  const title = feedTitle(locale, name)
  const home = absoluteUrl(localePath(locale))
  const feed = new Feed({
    id: absoluteUrl(feedPath(locale, name, 'atom')),
    title,
    description: t.siteTagline,
    link: home,
    language: languageTags[locale],
    updated: new Date(entries[0]?.updated ?? 0),
    generator: 'Laurel',
    copyright: t.footer,
    feedLinks: {
      rss: absoluteUrl(feedPath(locale, name, 'rss')),
      atom: absoluteUrl(feedPath(locale, name, 'atom')),
    },
    author: { name: t.siteName, link: home },
  })
  for (const entry of entries) {
    const link = absoluteUrl(localePath(locale, entry.path))
    feed.addItem({
      id: link,
      guid: link,
      title: entry.title,
      link,
      description: entry.summary,
      date: new Date(entry.updated),
      published: new Date(entry.date),
      category: [{ name: t[sectionTitles[entry.section]] as string }],
    })
  }
  return feed
}
