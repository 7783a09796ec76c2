// One commendation notice at its permanent address; a withdrawn one stays here, marked as such
// and kept out of search engines.
import type { Metadata } from 'next'

import { Notice } from '@/components/commendations/Notice'
import { NoticeJsonLd } from '@/components/commendations/NoticeJsonLd'
import { ObjectionSection } from '@/components/commendations/ObjectionSection'
import { getCommendation } from '@/data/commendation'
import { notFoundOrMoved } from '@/data/redirects'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'
import { documentPath } from '@/lib/publicPaths'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Rendered on the first request of each notice, then served from the cache until it changes.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const notice = await getCommendation(slug, locale)
  if (!notice) return {}
  return pageMetadata({
    locale,
    path: documentPath('commendations', notice.slug ?? slug),
    title: notice.title,
    description: notice.summary,
    type: 'article',
    publishedTime: notice.issuedAt,
    modifiedTime: notice.updatedAt,
    noIndex: notice.reviewState === 'withdrawn',
  })
}

export default async function CommendationPage({ params }: Props) {
  const { locale, slug } = await params
  const notice = await getCommendation(slug, locale)
  if (!notice) return notFoundOrMoved(locale, documentPath('commendations', slug))
  return (
    <>
      <Notice notice={notice} locale={locale} />
      <ObjectionSection
        locale={locale}
        slug={notice.slug ?? slug}
        notice={notice.publicNotice}
        withdrawn={notice.reviewState === 'withdrawn'}
      />
      <NoticeJsonLd locale={locale} notice={{ ...notice, slug: notice.slug ?? slug }} />
    </>
  )
}
