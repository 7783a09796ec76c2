// The policy documents: the three-mechanisms measures and their implementing rules.
import type { Metadata } from 'next'

import { policyListMetadata } from '@/components/policies/policyListMetadata'
import { PolicyListView } from '@/components/policies/PolicyListView'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return policyListMetadata(locale, 1)
}

export default async function PoliciesPage({ params }: Props) {
  const { locale } = await params
  return <PolicyListView locale={locale} page={1} />
}
