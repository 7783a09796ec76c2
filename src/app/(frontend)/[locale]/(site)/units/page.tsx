// The directory of units, grouped by kind and assessment category.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import type { Metadata } from 'next'

import { UnitIndex } from '@/components/units/UnitIndex'
import { unitWords } from '@/components/units/words'
import { getUnitIndex } from '@/data/units'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'
import { sectionPaths } from '@/lib/publicPaths'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const w = unitWords[locale]
  return pageMetadata({ locale, path: sectionPaths.units, title: w.heading, description: w.lead })
}

export default async function UnitsPage({ params }: Props) {
  const { locale } = await params
  const w = unitWords[locale]
  return (
    <>
      <Breadcrumbs locale={locale} current={w.heading} />
      <h1>{w.heading}</h1>
      <p>{w.lead}</p>
      <UnitIndex groups={await getUnitIndex(locale)} locale={locale} />
    </>
  )
}
