// The honor roll of one assessment year; unknown years are not found.
import type { Metadata } from 'next'

import { HonorRollYearPage, honorRollYearMetadata } from '@/components/honorRoll/HonorRollYearPage'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale; year: string }> }

// Rendered on the first request of each year, then served from the cache.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, year } = await params
  return honorRollYearMetadata({ locale, year, view: {} })
}

export default async function HonorRollPage({ params }: Props) {
  const { locale, year } = await params
  return <HonorRollYearPage locale={locale} year={year} view={{}} />
}
