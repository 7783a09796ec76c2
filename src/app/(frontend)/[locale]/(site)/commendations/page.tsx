// The commendation notices, newest first, with the filters a reader can narrow them by.
import type { Metadata } from 'next'

import {
  CommendationListPage,
  commendationListMetadata,
} from '@/components/commendations/CommendationListPage'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return commendationListMetadata(locale, {})
}

export default async function CommendationsPage({ params }: Props) {
  const { locale } = await params
  return <CommendationListPage locale={locale} view={{}} />
}
