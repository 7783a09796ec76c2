// Where a nomination that was taken lands: the thanks and its reference number, read from the
// address (the form's answer put it there), so it shows without JavaScript and reads nothing.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ThanksPage } from '@/components/participation/ThanksPage'
import { words } from '@/components/participation/words'
import type { Locale } from '@/i18n/locales'
import { REFERENCE_PATTERN } from '@/participation/nominationReference'

type Props = { params: Promise<{ locale: Locale; reference: string }> }

// One page per nomination is not worth keeping in the cache.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: words[locale].thanksTitle, robots: { index: false } }
}

export default async function NominationReceiptPage({ params }: Props) {
  const { locale, reference } = await params
  if (!REFERENCE_PATTERN.test(reference)) notFound()
  const w = words[locale]
  return (
    <ThanksPage locale={locale} title={w.thanksTitle} body={w.thanksBody} reference={reference} />
  )
}
