// A further page of the interpretations list, at the cacheable path src/proxy.ts rewrites
// `?page=…` to.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { interpretationListMetadata } from '@/components/interpretations/interpretationListMetadata'
import { InterpretationListView } from '@/components/interpretations/InterpretationListView'
import { pageOfView } from '@/components/policies/pagedView'
import type { Locale } from '@/i18n/locales'
import { parseViewPath } from '@/lib/listView'

export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; view: string[] }> }

const pageOf = (segments: string[]) => {
  const view = parseViewPath(segments)
  return view && pageOfView(view)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, view } = await params
  const page = pageOf(view)
  return page ? interpretationListMetadata(locale, page) : {}
}

export default async function InterpretationsViewPage({ params }: Props) {
  const { locale, view } = await params
  const page = pageOf(view)
  if (!page) notFound()
  return <InterpretationListView locale={locale} page={page} />
}
