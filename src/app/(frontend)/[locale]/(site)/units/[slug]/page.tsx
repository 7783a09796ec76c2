// A unit's page, first page of its notices.
import type { Metadata } from 'next'

import { UnitPage, unitMetadata } from '@/components/units/UnitPage'
import type { Locale } from '@/i18n/locales'

export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  return unitMetadata({ locale, slug, page: 1 })
}

export default async function Page({ params }: Props) {
  const { locale, slug } = await params
  return <UnitPage locale={locale} slug={slug} page={1} />
}
