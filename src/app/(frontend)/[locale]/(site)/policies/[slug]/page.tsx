// One policy document at its permanent address, with its PDF and the interpretations of it. An old
// address (the slug changed) redirects.
import type { Metadata } from 'next'

import { PolicyDocument } from '@/components/policies/PolicyDocument'
import { getPolicy } from '@/data/policies'
import { notFoundOrMoved } from '@/data/redirects'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'
import { documentPath } from '@/lib/publicPaths'

export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const policy = await getPolicy(slug, locale)
  if (!policy) return {}
  return pageMetadata({
    locale,
    path: documentPath('policies', policy.slug ?? slug),
    title: policy.title,
    description: policy.summary,
    type: 'article',
    publishedTime: policy.issuedAt,
    modifiedTime: policy.updatedAt,
    noIndex: policy.reviewState === 'withdrawn',
  })
}

export default async function PolicyPage({ params }: Props) {
  const { locale, slug } = await params
  const policy = await getPolicy(slug, locale)
  if (!policy) return notFoundOrMoved(locale, documentPath('policies', slug))
  return <PolicyDocument policy={policy} locale={locale} />
}
