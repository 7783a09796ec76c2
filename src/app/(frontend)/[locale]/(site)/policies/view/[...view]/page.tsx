// A further page of the policy list, at the cacheable path src/proxy.ts rewrites `?page=…` to.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageOfView } from '@/components/policies/pagedView'
import { policyListMetadata } from '@/components/policies/policyListMetadata'
import { PolicyListView } from '@/components/policies/PolicyListView'
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
  return page ? policyListMetadata(locale, page) : {}
}

export default async function PoliciesViewPage({ params }: Props) {
  const { locale, view } = await params
  const page = pageOf(view)
  if (!page) notFound()
  return <PolicyListView locale={locale} page={page} />
}
