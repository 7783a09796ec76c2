// Verifying a notice: the form. It reads nothing from the database and is cached like any page.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import type { Metadata } from 'next'

import { VerifyForm } from '@/components/verification/VerifyForm'
import { verifyWords } from '@/components/verification/words'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const w = verifyWords[locale]
  return pageMetadata({ locale, path: '/verify', title: w.heading, description: w.lead })
}

export default async function VerifyPage({ params }: Props) {
  const { locale } = await params
  const w = verifyWords[locale]
  return (
    <>
      <Breadcrumbs locale={locale} current={w.heading} />
      <h1>{w.heading}</h1>
      <p>{w.lead}</p>
      <VerifyForm locale={locale} />
    </>
  )
}
