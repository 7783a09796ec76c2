// A filtered or later page of the commendation list, e.g. `?year=2025&page=2`, which the proxy
// rewrites to `/commendations/view/year/2025/page/2` so that it is cached like any other page.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import {
  CommendationListPage,
  commendationListMetadata,
} from '@/components/commendations/CommendationListPage'
import type { Locale } from '@/i18n/locales'
import { parseViewPath } from '@/lib/listView'

type Props = { params: Promise<{ locale: Locale; view: string[] }> }

// Rendered on the first request of each view, then served from the cache.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, view } = await params
  const parsed = parseViewPath(view)
  return parsed ? commendationListMetadata(locale, parsed) : {}
}

export default async function CommendationsViewPage({ params }: Props) {
  const { locale, view } = await params
  const parsed = parseViewPath(view)
  if (!parsed) notFound()
  return <CommendationListPage locale={locale} view={parsed} />
}
