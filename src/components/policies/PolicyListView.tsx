// The policy documents, newest issued first, a page at a time. Each shows its document number and,
// when it no longer applies, that it has been superseded.
import { notFound } from 'next/navigation'

import { ItemList } from '@/components/layout/ItemList'
import { Pagination } from '@/components/layout/Pagination'
import { getPolicyList } from '@/data/policies'
import type { Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { documentPath, sectionPaths } from '@/lib/publicPaths'

import { policyWords } from './policyWords'

export async function PolicyListView({ locale, page }: { locale: Locale; page: number }) {
  const w = policyWords[locale]
  const list = await getPolicyList({ locale, page })
  if (page > Math.max(1, list.totalPages)) notFound()
  const items = list.docs.map((policy) => ({
    id: policy.id,
    href: documentPath('policies', policy.slug ?? String(policy.id)),
    title: policy.title,
    date: policy.issuedAt,
    summary: policy.summary,
    kicker:
      policy.status === 'superseded'
        ? `${policy.documentNumber} · ${w.statuses.superseded}`
        : policy.documentNumber,
  }))
  return (
    <>
      <h1>{strings[locale].policies}</h1>
      <p className="section-lead">{w.lead}</p>
      <ItemList items={items} locale={locale} />
      <Pagination
        locale={locale}
        basePath={sectionPaths.policies}
        filters={{}}
        page={list.page}
        totalPages={list.totalPages}
      />
    </>
  )
}
