// One group or later page of a year's honor roll, e.g. `?category=economic&page=2`, which the proxy
// rewrites to `/honor-roll/2025/view/category/economic/page/2` so that it is cached like any page.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { HonorRollYearPage, honorRollYearMetadata } from '@/components/honorRoll/HonorRollYearPage'
import type { Locale } from '@/i18n/locales'
import { parseViewPath } from '@/lib/listView'

type Props = { params: Promise<{ locale: Locale; year: string; view: string[] }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, year, view } = await params
  const parsed = parseViewPath(view)
  return parsed ? honorRollYearMetadata({ locale, year, view: parsed }) : {}
}

export default async function HonorRollViewPage({ params }: Props) {
  const { locale, year, view } = await params
  const parsed = parseViewPath(view)
  if (!parsed) notFound()
  return <HonorRollYearPage locale={locale} year={year} view={parsed} />
}
