// The facets of a search as links: each narrows the results to one type, year or mechanism (and
// "all" widens them again), with how many results each would give. Plain links work without
// JavaScript and keep every view shareable.
import { SiteLink } from '@/components/layout/SiteLink'

import type { SearchAnswer } from '@/data/search'
import { mechanismLabels, mechanisms } from '@/fields/mechanism'
import type { Locale } from '@/i18n/locales'
import { indexedCollections, indexedLabels } from '@/search/indexed'
import type { SearchFilters } from '@/search/matching'
import { searchHref } from '@/search/searchRequest'

import { words } from './words'

type Facets = Extract<SearchAnswer, { status: 'ok' }>['facets']
type Props = { locale: Locale; q: string; filters: SearchFilters; facets: Facets }
type Option = { value: string | number; label: string; count: number }

function FacetList({
  title,
  dimension,
  options,
  locale,
  q,
  filters,
}: Omit<Props, 'facets'> & { title: string; dimension: keyof SearchFilters; options: Option[] }) {
  if (options.length === 0) return null
  const w = words[locale]
  const chosen = filters[dimension]
  const link = (value: string | number | undefined, label: string, count?: number) => {
    const current = chosen === value
    const text = count === undefined ? label : `${label} (${count})`
    return current ? (
      <strong aria-current="true">{text}</strong>
    ) : (
      <SiteLink href={searchHref(locale, q, { ...filters, [dimension]: value })}>{text}</SiteLink>
    )
  }
  return (
    <div className="search-facet">
      <h3>{title}</h3>
      <ul>
        <li>{link(undefined, w.all)}</li>
        {options.map((option) => (
          <li key={option.value}>{link(option.value, option.label, option.count)}</li>
        ))}
      </ul>
    </div>
  )
}

const inOrder = <T extends string>(order: readonly T[], facet: { value: T; count: number }[]) =>
  order.flatMap((value) => facet.filter((entry) => entry.value === value))

export function SearchFacets({ locale, q, filters, facets }: Props) {
  const w = words[locale]
  const shared = { locale, q, filters }
  return (
    <nav className="search-facets" aria-label={w.facets}>
      <h2 className="visually-hidden">{w.facets}</h2>
      <FacetList
        {...shared}
        title={w.type}
        dimension="type"
        options={inOrder(indexedCollections, facets.type).map(({ value, count }) => ({
          value,
          count,
          label: indexedLabels[value][locale],
        }))}
      />
      <FacetList
        {...shared}
        title={w.year}
        dimension="year"
        options={facets.year.map(({ value, count }) => ({
          value,
          count,
          label: w.yearOption(value),
        }))}
      />
      <FacetList
        {...shared}
        title={w.mechanism}
        dimension="mechanism"
        options={inOrder(mechanisms, facets.mechanism).map(({ value, count }) => ({
          value,
          count,
          label: mechanismLabels[value][locale],
        }))}
      />
    </nav>
  )
}
