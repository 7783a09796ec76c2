// Reads a list view's path segments as the commendation list's filters. Anything the list does
// not understand is no view at all (the page answers 404), so only real views get cached.
import { type Mechanism, mechanismLabels, mechanisms } from '@/fields/mechanism'
import type { Locale } from '@/i18n/locales'
import {
  type AssessmentCategory,
  categoriesByKind,
  categoryLabels,
} from '@/lib/assessmentCategories'
import { type View, wholeNumber } from '@/lib/listView'

import { words } from './words'

export type ListFilters = {
  year?: number
  mechanism?: Mechanism
  category?: AssessmentCategory
  page: number
}

const categories: readonly string[] = Object.values(categoriesByKind).flat()

const isMechanism = (value: string): value is Mechanism =>
  (mechanisms as readonly string[]).includes(value)
const isCategory = (value: string): value is AssessmentCategory => categories.includes(value)

export const filtersFromView = (view: View): ListFilters | null => {
  if (view.polarity !== undefined) return null
  const year = view.year === undefined ? undefined : wholeNumber(view.year)
  const page = view.page === undefined ? 1 : wholeNumber(view.page)
  if (year === null || (year !== undefined && (year < 2000 || year > 2100)) || page === null) {
    return null
  }
  if (view.mechanism !== undefined && !isMechanism(view.mechanism)) return null
  if (view.category !== undefined && !isCategory(view.category)) return null
  return { year, mechanism: view.mechanism, category: view.category, page } as ListFilters
}

/** "2025, Incentive mechanism": the filters in words, for the page's title. */
export const filtersInWords = ({ year, mechanism, category }: ListFilters, locale: Locale) => [
  ...(year ? [words[locale].yearOption(year)] : []),
  ...(mechanism ? [mechanismLabels[mechanism][locale]] : []),
  ...(category ? [categoryLabels[category][locale]] : []),
]
