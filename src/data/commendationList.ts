// The list of commendation notices, newest first, filtered by the year they were issued, the
// assessment year they commend, mechanism and the assessment category of the commended units, with
// the filter values a reader can choose from.
import 'server-only'

import { groupPath } from '@/collections/Commendations/awardeeGroups'
import { type Mechanism, mechanisms } from '@/fields/mechanism'
import { categoriesByKind, type AssessmentCategory } from '@/lib/assessmentCategories'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { honorRollFigures } from './honorRollFigures'
import {
  allOf,
  asPublic,
  listed,
  type Locale,
  PAGE_SIZE,
  pageOf,
  publicPayload,
} from './publicQuery'

export type CommendationFilters = {
  locale: Locale
  page?: number
  /** The year the notice was issued, in Beijing time. */
  issueYear?: number
  /** The assessment year the notice commends. */
  assessmentYear?: number
  mechanism?: Mechanism
  category?: AssessmentCategory
}

export const assessmentCategories: AssessmentCategory[] = Object.values(categoriesByKind).flat()

/** Midnight of 1 January in Beijing (UTC+8, no daylight saving), as an ISO instant. */
const newYearInBeijing = (year: number) =>
  new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000).toISOString()

export const issuedIn = (year: number) => ({
  issuedAt: { greater_than_equal: newYearInBeijing(year), less_than: newYearInBeijing(year + 1) },
})

const beijingYear = (date: string) =>
  new Date(new Date(date).getTime() + 8 * 3_600_000).getUTCFullYear()

/** The years from the first listed notice's issue to the last's, newest first. */
const issueYears = async () => {
  const payload = await publicPayload()
  const [first, last] = await Promise.all(
    ['issuedAt', '-issuedAt'].map(async (sort) => {
      const { docs } = await payload.find({
        collection: 'commendations',
        ...asPublic,
        where: listed,
        sort,
        limit: 1,
        pagination: false,
        depth: 0,
        select: { issuedAt: true },
      })
      return docs[0]?.issuedAt
    }),
  )
  if (!first || !last) return []
  const [from, to] = [beijingYear(first), beijingYear(last)]
  return Array.from({ length: to - from + 1 }, (_, i) => to - i)
}

/**
 * The years and mechanisms that listed notices have, the assessment years read from the honor
 * roll's stored figures rather than from a scan of every notice. Every category is offered: units
 * of each exist.
 */
export const commendationFacets = async () => {
  const [{ years }, issued] = await Promise.all([honorRollFigures(), issueYears()])
  return {
    years: years.map((figures) => figures.year),
    issueYears: issued,
    mechanisms: mechanisms.filter((mechanism) =>
      years.some((figures) => figures.mechanisms[mechanism] > 0),
    ),
    categories: assessmentCategories,
  }
}

export const commendationList = async ({
  locale,
  page = 1,
  issueYear,
  assessmentYear,
  mechanism,
  category,
}: CommendationFilters) => {
  const payload = await publicPayload()
  // The category is a flag each notice records when saved (see awardeeGroups.ts): no join.
  const where = allOf(
    listed,
    issueYear !== undefined && issuedIn(issueYear),
    assessmentYear !== undefined && { assessmentYear: { equals: assessmentYear } },
    mechanism && { mechanism: { equals: mechanism } },
    category && { [groupPath(category)]: { equals: true } },
  )
  const [result, facets] = await Promise.all([
    payload.find({
      collection: 'commendations',
      ...asPublic,
      locale,
      where,
      page,
      limit: PAGE_SIZE,
      sort: '-issuedAt',
      depth: 0,
      select: {
        title: true,
        slug: true,
        noticeNumber: true,
        issuingBody: true,
        issuedAt: true,
        mechanism: true,
        publicNotice: { state: true },
      },
    }),
    commendationFacets(),
  ])
  return { ...pageOf(result), facets }
}

export const tagsForCommendationList = () => [tags.commendations]

export const getCommendationList = cachedQuery(
  'commendation-list',
  commendationList,
  tagsForCommendationList,
)
