// The public "recommend a model" form: a static page, cached like every other; the form posts to
// /[locale]/nominate/send, which answers a refusal with this form again (the retry page).
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import type { Metadata } from 'next'

import { NominationForm } from '@/components/participation/NominationForm'
import { words } from '@/components/participation/words'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const w = words[locale]
  return pageMetadata({
    locale,
    path: '/nominate',
    title: w.nominateTitle,
    description: w.nominateLead,
  })
}

export default async function NominatePage({ params }: Props) {
  const { locale } = await params
  const w = words[locale]
  return (
    <>
      <Breadcrumbs locale={locale} current={w.nominateTitle} />
      <h1>{w.nominateTitle}</h1>
      <p>{w.nominateLead}</p>
      <NominationForm locale={locale} />
    </>
  )
}
