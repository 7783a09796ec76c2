// The expert interpretations of the policy, newest first.
import type { Metadata } from 'next'

import { interpretationListMetadata } from '@/components/interpretations/interpretationListMetadata'
import { InterpretationListView } from '@/components/interpretations/InterpretationListView'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return interpretationListMetadata(locale, 1)
}

export default async function InterpretationsPage({ params }: Props) {
  const { locale } = await params
  return <InterpretationListView locale={locale} page={1} />
}
