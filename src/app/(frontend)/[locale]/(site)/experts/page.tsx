// The experts who write the column's interpretations.
import type { Metadata } from 'next'

import { ExpertIndex } from '@/components/interpretations/ExpertIndex'
import { interpretationWords } from '@/components/interpretations/interpretationWords'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'
import { sectionPaths } from '@/lib/publicPaths'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const w = interpretationWords[locale]
  return pageMetadata({
    locale,
    path: sectionPaths.experts,
    title: w.experts,
    description: w.expertsLead,
  })
}

export default async function ExpertsPage({ params }: Props) {
  const { locale } = await params
  return <ExpertIndex locale={locale} />
}
