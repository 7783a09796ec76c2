// The policy documents, newest issued first, a page at a time. Each shows its document number and,
// when it no longer applies, that it has been superseded.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { notFound } from 'next/navigation'

import { Pagination } from '@/components/layout/Pagination'
import { getPolicyList } from '@/data/policies'
import type { Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { sectionPaths } from '@/lib/publicPaths'

import { PolicyItems } from './PolicyItems'
import { policyWords } from './policyWords'

export async function PolicyListView({ locale, page }: { locale: Locale; page: number }) {
  const w = policyWords[locale]
  const list = await getPolicyList({ locale, page })
  if (page > Math.max(1, list.totalPages)) notFound()
  return (
    <>
      <Breadcrumbs locale={locale} current={strings[locale].policies} />
      <h1>{strings[locale].policies}</h1>
      <p className="section-lead">{w.lead}</p>
      <PolicyItems policies={list.docs} locale={locale} />
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
