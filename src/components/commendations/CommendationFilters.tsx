// The list's filters as a plain GET form: it works without JavaScript, and the proxy turns the
// query string it sends into the cached path of that view (src/lib/listView.ts).
import { SiteLink } from '@/components/layout/SiteLink'

import { mechanismLabels, type Mechanism } from '@/fields/mechanism'
import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import {
  type AssessmentCategory,
  categoriesByKind,
  categoryLabels,
  kindLabels,
  unitKinds,
} from '@/lib/assessmentCategories'
import { sectionPaths } from '@/lib/publicPaths'

import { words } from './words'

// Named by the list's address keys (src/lib/listView.ts): `issued` and `assessed` years.
export type ChosenFilters = {
  issued?: number
  assessed?: number
  mechanism?: Mechanism
  category?: AssessmentCategory
}

type Props = {
  locale: Locale
  chosen: ChosenFilters
  issueYears: number[]
  assessmentYears: number[]
  mechanisms: Mechanism[]
}

const withChosen = <T,>(offered: T[], chosen: T | undefined) =>
  chosen === undefined || offered.includes(chosen) ? [...offered] : [...offered, chosen]

function YearSelect(props: {
  name: 'issued' | 'assessed'
  label: string
  all: string
  years: number[]
  chosen?: number
  option: (year: number) => string
}) {
  const id = `filter-${props.name}`
  // A view chosen by its address keeps its value on offer even where no notice has it.
  const years = withChosen(props.years, props.chosen).sort((a, b) => b - a)
  return (
    <div className="notice-filter">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} defaultValue={props.chosen ?? ''}>
        <option value="">{props.all}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {props.option(year)}
          </option>
        ))}
      </select>
    </div>
  )
}

export function CommendationFilters({
  locale,
  chosen,
  issueYears,
  assessmentYears,
  mechanisms,
}: Props) {
  const w = words[locale]
  const t = strings[locale]
  const action = localePath(locale, sectionPaths.commendations)
  const anyChosen = Object.values(chosen).some((value) => value !== undefined)
  const mechanismOptions = withChosen(mechanisms, chosen.mechanism)
  return (
    <form className="notice-filters" method="get" action={action} aria-label={w.filtersLabel}>
      <YearSelect
        name="issued"
        label={w.issueYear}
        all={w.all}
        years={issueYears}
        chosen={chosen.issued}
        option={w.issueYearOption}
      />
      <YearSelect
        name="assessed"
        label={w.assessmentYearFilter}
        all={w.all}
        years={assessmentYears}
        chosen={chosen.assessed}
        option={w.yearOption}
      />
      <div className="notice-filter">
        <label htmlFor="filter-mechanism">{w.mechanism}</label>
        <select id="filter-mechanism" name="mechanism" defaultValue={chosen.mechanism ?? ''}>
          <option value="">{w.all}</option>
          {mechanismOptions.map((mechanism) => (
            <option key={mechanism} value={mechanism}>
              {mechanismLabels[mechanism][locale]}
            </option>
          ))}
        </select>
      </div>
      <div className="notice-filter">
        <label htmlFor="filter-category">{w.category}</label>
        <select id="filter-category" name="category" defaultValue={chosen.category ?? ''}>
          <option value="">{w.all}</option>
          {unitKinds.map((kind) => (
            <optgroup key={kind} label={kindLabels[kind][locale]}>
              {categoriesByKind[kind].map((category) => (
                <option key={category} value={category}>
                  {categoryLabels[category][locale]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="notice-filter-actions">
        <button type="submit">{t.applyFilters}</button>
        {anyChosen ? <SiteLink href={action}>{t.clearFilters}</SiteLink> : null}
      </div>
    </form>
  )
}
