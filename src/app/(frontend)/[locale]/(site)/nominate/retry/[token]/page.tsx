// The nomination form again, with the messages and typed values of a refused submission. Only the
// form's route handler asks for it (once, under a random token) and relays it with its status.
import type { Metadata } from 'next'

import { NominationForm } from '@/components/participation/NominationForm'
import { words } from '@/components/participation/words'
import type { Locale } from '@/i18n/locales'
import { takeRetry } from '@/participation/retryStore'

type Props = { params: Promise<{ locale: Locale; token: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: words[locale].nominateTitle, robots: { index: false } }
}

export default async function NominateRetryPage({ params }: Props) {
  const { locale, token } = await params
  const w = words[locale]
  return (
    <>
      <h1>{w.nominateTitle}</h1>
      <p>{w.nominateLead}</p>
      <NominationForm locale={locale} retry={await takeRetry(token)} />
    </>
  )
}
