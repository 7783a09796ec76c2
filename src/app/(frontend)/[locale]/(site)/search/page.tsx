// Site search, `?q=扶贫&type=…&year=…&mechanism=…&page=…`. It depends on the query, so unlike the
// other pages it is rendered on every request and never cached; result pages are not indexed.
import type { Metadata } from 'next'

import { SearchPage } from '@/components/search/SearchPage'
import { words } from '@/components/search/words'
import { siteSearch } from '@/data/search'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'
import { readSearchRequest } from '@/search/searchRequest'
import { MAX_QUERY_LENGTH } from '@/search/terms'

// The layout's pages are rendered once and cached; this one answers each query afresh.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const { q } = readSearchRequest(await searchParams)
  const w = words[locale]
  const query = q.trim().slice(0, MAX_QUERY_LENGTH)
  return pageMetadata({
    locale,
    path: '/search',
    title: query ? w.resultsFor(query) : w.heading,
    description: w.description,
    noIndex: Boolean(query),
  })
}

export default async function SearchRoute({ params, searchParams }: Props) {
  const { locale } = await params
  const request = readSearchRequest(await searchParams)
  const answer = await siteSearch(request, locale)
  return <SearchPage locale={locale} request={request} answer={answer} />
}
