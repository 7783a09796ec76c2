// Where a nomination that was taken (or a bot's, which was not) lands.
import type { Metadata } from 'next'

import { ThanksPage } from '@/components/participation/ThanksPage'
import { words } from '@/components/participation/words'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: words[locale].thanksTitle, robots: { index: false } }
}

export default async function NominationThanksPage({ params }: Props) {
  const { locale } = await params
  const w = words[locale]
  return <ThanksPage locale={locale} title={w.thanksTitle} body={w.thanksBody} />
}
