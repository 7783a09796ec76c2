// The commendation list in one view: the filters, how many notices match, one page of them and
// the way to the next. `/commendations` and its filtered views (`/commendations/view/…`) both
// render it, so a filtered view is a page of its own that Next caches like any other.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Pagination } from '@/components/layout/Pagination'
import { getCommendationList } from '@/data/commendationList'
import type { Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { listHref, type View } from '@/lib/listView'
import { pageMetadata } from '@/lib/pageMetadata'
import { sectionPaths } from '@/lib/publicPaths'

import { CommendationFilters } from './CommendationFilters'
import { filtersFromView, filtersInWords, type ListFilters } from './listFilters'
import { NoticeList } from './NoticeList'
import { words } from './words'

const basePath = sectionPaths.commendations

/** The filters under their address keys (src/lib/listView.ts). */
const queryOf = ({ issueYear, assessmentYear, mechanism, category }: ListFilters) => ({
  issued: issueYear,
  assessed: assessmentYear,
  mechanism,
  category,
})

const titleOf = (filters: ListFilters, locale: Locale) => {
  const w = words[locale]
  const chosen = filtersInWords(filters, locale)
  const title = chosen.length ? w.filteredTitle(chosen) : w.listHeading
  return filters.page > 1 ? `${title} · ${w.page(filters.page)}` : title
}

export function commendationListMetadata(locale: Locale, view: View): Metadata {
  const filters = filtersFromView(view)
  if (!filters) return {}
  // The view's own address without the language prefix, which pageMetadata adds.
  const path = listHref(locale, basePath, { ...queryOf(filters), page: filters.page }).slice(
    locale.length + 1,
  )
  return pageMetadata({
    locale,
    path,
    title: titleOf(filters, locale),
    description: words[locale].listDescription,
  })
}

export async function CommendationListPage({ locale, view }: { locale: Locale; view: View }) {
  const filters = filtersFromView(view)
  if (!filters) notFound()
  const list = await getCommendationList({ locale, ...filters })
  if (filters.page > Math.max(1, list.totalPages)) notFound()
  const w = words[locale]
  return (
    <>
      <Breadcrumbs locale={locale} current={w.listHeading} />
      <h1>{w.listHeading}</h1>
      <CommendationFilters
        locale={locale}
        chosen={queryOf(filters)}
        issueYears={list.facets.issueYears}
        assessmentYears={list.facets.years}
        mechanisms={list.facets.mechanisms}
      />
      <h2 className="notice-count">
        {w.resultCount(list.totalDocs)}
        {list.totalPages > 1 ? (
          <span className="notice-count-page">
            {' · '}
            {strings[locale].pageOf(list.page, list.totalPages)}
          </span>
        ) : null}
      </h2>
      {list.docs.length ? <NoticeList notices={list.docs} locale={locale} /> : <p>{w.noResults}</p>}
      <Pagination
        locale={locale}
        basePath={basePath}
        filters={queryOf(filters)}
        page={list.page}
        totalPages={list.totalPages}
      />
    </>
  )
}
