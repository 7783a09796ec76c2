// The search page: the box, what was found for the reader's words (or why nothing was), the
// facets to narrow it, one page of results and the way to the next.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { SiteLink } from '@/components/layout/SiteLink'

import { Pagination } from '@/components/layout/Pagination'
import type { SearchAnswer } from '@/data/search'
import type { Locale } from '@/i18n/locales'
import { searchHref, type SearchRequest } from '@/search/searchRequest'

import { SearchFacets } from './SearchFacets'
import { SearchForm } from './SearchForm'
import { SearchResults } from './SearchResults'
import { words } from './words'

type Props = { locale: Locale; request: SearchRequest; answer: SearchAnswer }

function Outcome({ locale, request, answer }: Props) {
  const w = words[locale]
  const q = request.q.trim()
  switch (answer.status) {
    case 'empty':
      return <p>{w.hint}</p>
    case 'too-short':
      return <p role="status">{w.tooShort}</p>
    case 'too-long':
      return <p role="status">{w.tooLong}</p>
  }
  const anyFilter = Object.values(request.filters).some((value) => value !== undefined)
  return (
    <>
      <div role="status">
        <h2 className="search-count">
          {w.resultsFor(q)}
          <span className="search-count-total"> · {w.count(answer.total)}</span>
        </h2>
      </div>
      {answer.total === 0 ? (
        <p>
          {w.noResults(q)}{' '}
          {anyFilter ? <SiteLink href={searchHref(locale, q, {})}>{w.clear}</SiteLink> : null}
        </p>
      ) : (
        <div className="search-layout">
          <SearchFacets locale={locale} q={q} filters={request.filters} facets={answer.facets} />
          <div>
            <SearchResults results={answer.results} locale={locale} />
            <Pagination
              locale={locale}
              page={answer.page}
              totalPages={answer.totalPages}
              hrefFor={(page) => searchHref(locale, q, request.filters, page)}
            />
          </div>
        </div>
      )}
    </>
  )
}

export function SearchPage(props: Props) {
  const w = words[props.locale]
  return (
    <>
      <Breadcrumbs locale={props.locale} current={w.heading} />
      <h1>{w.heading}</h1>
      <SearchForm locale={props.locale} q={props.request.q} id="search-query" />
      <Outcome {...props} />
    </>
  )
}
