// Where an objection that was taken lands: the thanks, and the way back to the notice objected
// to. The notice's permalink is in the address, so the page stays one cached copy per notice.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ThanksPage } from '@/components/participation/ThanksPage'
import { words } from '@/components/participation/words'
import type { Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'

type Props = { params: Promise<{ locale: Locale; notice: string }> }

// A permalink's shape (src/fields/slug.ts); anything else is no notice of ours.
const PERMALINK = /^[a-z0-9-]{1,200}$/

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: words[locale].objectionThanksTitle, robots: { index: false } }
}

export default async function ObjectionThanksPage({ params }: Props) {
  const { locale, notice } = await params
  const slug = decodeURIComponent(notice)
  if (!PERMALINK.test(slug)) notFound()
  const w = words[locale]
  return (
    <ThanksPage
      locale={locale}
      title={w.objectionThanksTitle}
      body={w.objectionThanksBody}
      back={{ path: documentPath('commendations', slug) }}
    />
  )
}
