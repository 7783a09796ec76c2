// One expert interpretation at its permanent address. An old address (the slug changed) redirects;
// a withdrawn article stays readable with its notice but is no longer indexed.
import type { Metadata } from 'next'

import { InterpretationArticle } from '@/components/interpretations/InterpretationArticle'
import { getInterpretation } from '@/data/interpretations'
import { notFoundOrMoved } from '@/data/redirects'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'
import { documentPath } from '@/lib/publicPaths'

export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const article = await getInterpretation(slug, locale)
  if (!article) return {}
  return pageMetadata({
    locale,
    path: documentPath('interpretations', article.slug ?? slug),
    title: article.title,
    description: article.summary,
    type: 'article',
    publishedTime: article.createdAt,
    modifiedTime: article.updatedAt,
    noIndex: article.reviewState === 'withdrawn',
  })
}

export default async function InterpretationPage({ params }: Props) {
  const { locale, slug } = await params
  const article = await getInterpretation(slug, locale)
  if (!article) return notFoundOrMoved(locale, documentPath('interpretations', slug))
  return <InterpretationArticle article={article} locale={locale} />
}
