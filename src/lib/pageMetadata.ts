// What every public page tells search engines and link previews: its canonical address, the same
// page in the other language (hreflang), and the Open Graph card.
import type { Metadata } from 'next'

import { languageTags, localePath, type Locale } from '@/i18n/locales'

type PageMetadata = {
  locale: Locale
  /** The page's path without its language prefix, e.g. `/commendations/some-notice`. */
  path: string
  title: string
  description?: string | null
  /** An image of the page's own (a story's photo); otherwise the column's card. */
  image?: { url: string; width?: number | null; height?: number | null; alt?: string } | null
  type?: 'website' | 'article'
  publishedTime?: string | null
  modifiedTime?: string | null
  /** Gone pages and previews are not indexed. */
  noIndex?: boolean
}

export const defaultImage = { url: '/og-card.png', width: 1200, height: 630, alt: '' }

export const pageMetadata = ({
  locale,
  path,
  title,
  description,
  image,
  type = 'website',
  publishedTime,
  modifiedTime,
  noIndex,
}: PageMetadata): Metadata => {
  const card = image ?? defaultImage
  return {
    title,
    description: description ?? undefined,
    alternates: {
      canonical: localePath(locale, path),
      languages: {
        [languageTags.zh]: localePath('zh', path),
        [languageTags.en]: localePath('en', path),
        'x-default': localePath('zh', path),
      },
      types: {
        'application/rss+xml': localePath(locale, '/feeds/all/rss.xml'),
        'application/atom+xml': localePath(locale, '/feeds/all/atom.xml'),
      },
    },
    openGraph: {
      title,
      description: description ?? undefined,
      url: localePath(locale, path),
      locale: languageTags[locale].replace('-', '_'),
      alternateLocale: languageTags[locale === 'zh' ? 'en' : 'zh'].replace('-', '_'),
      type,
      ...(type === 'article'
        ? { publishedTime: publishedTime ?? undefined, modifiedTime: modifiedTime ?? undefined }
        : {}),
      images: [
        {
          url: card.url,
          width: card.width ?? undefined,
          height: card.height ?? undefined,
          alt: card.alt ?? title,
        },
      ],
    },
    robots: noIndex ? { index: false, follow: true } : undefined,
  }
}
