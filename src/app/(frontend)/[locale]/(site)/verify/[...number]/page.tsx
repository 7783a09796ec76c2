// The verification of one notice number, at an address of its own (what the form and a notice's
// QR code lead to). A number no published notice has answers 404 with "no such notice"
// (src/components/verification/VerifyNotFound.tsx, drawn by the not-found fallback).
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { contentLang } from '@/lib/contentLanguage'
import { VerificationRecord } from '@/components/verification/VerificationRecord'
import { VerifyForm } from '@/components/verification/VerifyForm'
import { verifyWords } from '@/components/verification/words'
import { getNoticeByNumber } from '@/data/verification'
import type { Locale } from '@/i18n/locales'
import { numberFromSegments, verifyPath } from '@/lib/noticeNumber'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale; number: string[] }> }

// Rendered on the first request of each number, then served from the cache until a notice with
// that number changes (src/data/cacheTags.ts).
export const generateStaticParams = () => []

const lookUp = async (params: Props['params']) => {
  const { locale, number: segments } = await params
  const number = numberFromSegments(segments)
  const notice = number ? await getNoticeByNumber(number, locale) : null
  return { locale, number, notice }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, number, notice } = await lookUp(params)
  if (!number || !notice) return {}
  return pageMetadata({
    locale,
    path: verifyPath(number),
    title: `${verifyWords[locale].resultHeading} ${number}`,
    noIndex: true,
  })
}

export default async function VerificationPage({ params }: Props) {
  // A number typed into the address in another form was sent to its official one (src/proxy.ts).
  const { locale, number, notice } = await lookUp(params)
  if (!number || !notice) notFound()
  const w = verifyWords[locale]
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ label: w.heading, path: '/verify' }]}
        current={number}
      />
      <h1>
        {w.resultHeading} <span lang={contentLang(number, locale)}>{number}</span>
      </h1>
      <VerificationRecord notice={notice} locale={locale} />
      <h2>{w.checkAnother}</h2>
      <VerifyForm locale={locale} />
    </>
  )
}
