// Reads a list view's path segments as the commendation list's filters. Anything the list does
// not understand is no view at all (the page answers 404), so only real views get cached.
import { type Mechanism, mechanismLabels, mechanisms } from '@/fields/mechanism'
import type { Locale } from '@/i18n/locales'
import {
  type AssessmentCategory,
  categoriesByKind,
  categoryLabels,
} from '@/lib/assessmentCategories'
import { setsOnly, type View, wholeNumber } from '@/lib/listView'
import { publicSections } from '@/lib/publicSections'

import { words } from './words'

export type ListFilters = {
  issueYear?: number
  assessmentYear?: number
  mechanism?: Mechanism
  category?: AssessmentCategory
  page: number
}

const categories: readonly string[] = Object.values(categoriesByKind).flat()

const isMechanism = (value: string): value is Mechanism =>
  (mechanisms as readonly string[]).includes(value)
const isCategory = (value: string): value is AssessmentCategory => categories.includes(value)

/** A plausible year, undefined when not given, null when given and not one. */
const yearOf = (value: string | undefined) => {
  if (value === undefined) return undefined
  const year = wholeNumber(value)
  return year !== null && year >= 2000 && year <= 2100 ? year : null
}

export const filtersFromView = (view: View): ListFilters | null => {
  if (!setsOnly(view, publicSections.commendations.filters)) return null
  const issueYear = yearOf(view.issued)
  const assessmentYear = yearOf(view.assessed)
  const page = view.page === undefined ? 1 : wholeNumber(view.page)
  if (issueYear === null || assessmentYear === null || page === null) return null
  if (view.mechanism !== undefined && !isMechanism(view.mechanism)) return null
  if (view.category !== undefined && !isCategory(view.category)) return null
  return {
    issueYear,
    assessmentYear,
    mechanism: view.mechanism,
    category: view.category,
    page,
  } as ListFilters
}

/** "Issued in 2026, assessment year 2025, Incentive mechanism": the filters, for the title. */
export const filtersInWords = (
  { issueYear, assessmentYear, mechanism, category }: ListFilters,
  locale: Locale,
) => [
  ...(issueYear ? [words[locale].issuedInOption(issueYear)] : []),
  ...(assessmentYear ? [words[locale].assessedOption(assessmentYear)] : []),
  ...(mechanism ? [mechanismLabels[mechanism][locale]] : []),
  ...(category ? [categoryLabels[category][locale]] : []),
]
