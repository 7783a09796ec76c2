// The expert interpretations, newest first, a page at a time, each under its expert's name.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { SiteLink } from '@/components/layout/SiteLink'
import { notFound } from 'next/navigation'

import { Pagination } from '@/components/layout/Pagination'
import { getInterpretationList } from '@/data/interpretations'
import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { sectionPaths } from '@/lib/publicPaths'

import { InterpretationItems } from './InterpretationItems'
import { interpretationWords } from './interpretationWords'

export async function InterpretationListView({ locale, page }: { locale: Locale; page: number }) {
  const w = interpretationWords[locale]
  const list = await getInterpretationList({ locale, page })
  if (page > Math.max(1, list.totalPages)) notFound()
  return (
    <>
      <Breadcrumbs locale={locale} current={strings[locale].interpretations} />
      <h1>{strings[locale].interpretations}</h1>
      <p className="section-lead">
        {w.lead} <SiteLink href={localePath(locale, sectionPaths.experts)}>{w.experts}</SiteLink>
      </p>
      <InterpretationItems articles={list.docs} locale={locale} />
      <Pagination
        locale={locale}
        basePath={sectionPaths.interpretations}
        filters={{}}
        page={list.page}
        totalPages={list.totalPages}
      />
    </>
  )
}
