// The page of one published document at its permanent address (a notice, a story, an
// interpretation, a policy): each reads its document by slug, names it in the page's metadata the
// same way, redirects an old address to the new one and answers 404 for anything else. A withdrawn
// document keeps its page but leaves search engines' indexes. Only what the page shows differs.
import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { notFoundOrMoved } from '@/data/redirects'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'
import { documentPath, type PublicCollection } from '@/lib/publicPaths'

export type PageDocument = {
  slug?: string | null
  title: string
  summary?: string | null
  updatedAt: string
  reviewState?: string | null
}

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export function documentPage<T extends PageDocument>({
  collection,
  read,
  publishedAt,
  render,
}: {
  collection: PublicCollection
  read: (slug: string, locale: Locale) => Promise<T | null>
  /** When it was published as the reader counts it (a notice's date issued, a story's creation). */
  publishedAt: (document: T) => string
  render: (document: T, locale: Locale, slug: string) => ReactNode
}) {
  return {
    // Rendered on the first request of each document, then served from the cache until it changes.
    generateStaticParams: () => [],

    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const { locale, slug } = await params
      const document = await read(slug, locale)
      if (!document) return {}
      return pageMetadata({
        locale,
        path: documentPath(collection, document.slug ?? slug),
        title: document.title,
        description: document.summary,
        type: 'article',
        publishedTime: publishedAt(document),
        modifiedTime: document.updatedAt,
        noIndex: document.reviewState === 'withdrawn',
      })
    },

    Page: async function DocumentPage({ params }: Props) {
      const { locale, slug } = await params
      const document = await read(slug, locale)
      if (!document) return notFoundOrMoved(locale, documentPath(collection, slug))
      return render(document, locale, document.slug ?? slug)
    },
  }
}
