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

export type ChosenFilters = { year?: number; mechanism?: Mechanism; category?: AssessmentCategory }

type Props = {
  locale: Locale
  chosen: ChosenFilters
  years: number[]
  mechanisms: Mechanism[]
}

const withChosen = <T,>(offered: T[], chosen: T | undefined) =>
  chosen === undefined || offered.includes(chosen) ? [...offered] : [...offered, chosen]

export function CommendationFilters({ locale, chosen, years, mechanisms }: Props) {
  const w = words[locale]
  const t = strings[locale]
  const action = localePath(locale, sectionPaths.commendations)
  const anyChosen = Object.values(chosen).some((value) => value !== undefined)
  // A view chosen by its address keeps its values on offer even where no notice has them.
  const yearOptions = withChosen(years, chosen.year).sort((a, b) => b - a)
  const mechanismOptions = withChosen(mechanisms, chosen.mechanism)
  return (
    <form className="notice-filters" method="get" action={action} aria-label={w.filtersLabel}>
      <div className="notice-filter">
        <label htmlFor="filter-year">{w.year}</label>
        <select id="filter-year" name="year" defaultValue={chosen.year ?? ''}>
          <option value="">{w.all}</option>
          {yearOptions.map((year) => (
            <option key={year} value={year}>
              {w.yearOption(year)}
            </option>
          ))}
        </select>
      </div>
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
