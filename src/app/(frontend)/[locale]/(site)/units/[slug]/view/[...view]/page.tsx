// A later page of a unit's notices: `/units/<slug>?page=2`, rewritten by src/proxy.ts to
// `/units/<slug>/view/page/2`. A unit's page has no filters, so any other view does not exist.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { UnitPage, unitMetadata } from '@/components/units/UnitPage'
import type { Locale } from '@/i18n/locales'
import { parseViewPath, wholeNumber } from '@/lib/listView'

export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; slug: string; view: string[] }> }

const pageOf = (segments: string[]) => {
  const view = parseViewPath(segments)
  if (!view || Object.keys(view).some((key) => key !== 'page')) return null
  return wholeNumber(view.page)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, view } = await params
  const page = pageOf(view)
  if (page === null) notFound()
  return unitMetadata({ locale, slug, page })
}

export default async function Page({ params }: Props) {
  const { locale, slug, view } = await params
  const page = pageOf(view)
  if (page === null) notFound()
  return <UnitPage locale={locale} slug={slug} page={page} />
}
