// The list of commendation notices, newest first, filtered by assessment year, mechanism and the
// assessment category of the commended units, with the filter values a reader can choose from.
import 'server-only'

import type { Where } from 'payload'

import type { Mechanism } from '@/fields/mechanism'
import { categoriesByKind, type AssessmentCategory } from '@/lib/assessmentCategories'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { allOf, asPublic, listed, type Locale, PAGE_SIZE, pageOf, publicPayload } from './publicQuery'

export type CommendationFilters = {
  locale: Locale
  page?: number
  year?: number
  mechanism?: Mechanism
  category?: AssessmentCategory
}

export const assessmentCategories: AssessmentCategory[] = Object.values(categoriesByKind).flat()

/** Units are few and indexed by category: their ids turn the category into an indexed `in`. */
const unitsOfCategory = async (category: AssessmentCategory): Promise<(number | string)[]> => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'units',
    ...asPublic,
    where: { assessmentCategory: { equals: category } },
    pagination: false,
    depth: 0,
    select: {},
  })
  return docs.map((unit) => unit.id)
}

const categoryCondition = async (category?: AssessmentCategory): Promise<Where | undefined> =>
  category && { 'awardees.unit': { in: await unitsOfCategory(category) } }

export const commendationList = async ({
  locale,
  page = 1,
  year,
  mechanism,
  category,
}: CommendationFilters) => {
  const payload = await publicPayload()
  const where = allOf(
    listed,
    year !== undefined && { assessmentYear: { equals: year } },
    mechanism && { mechanism: { equals: mechanism } },
    await categoryCondition(category),
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
        assessmentYear: true,
        mechanism: true,
        summary: true,
      },
    }),
    commendationFacets(),
  ])
  return { ...pageOf(result), facets }
}

/** The years and mechanisms that listed notices actually have, for the filter controls. */
export const commendationFacets = async () => {
  const payload = await publicPayload()
  const distinct = <F extends 'assessmentYear' | 'mechanism'>(field: F) =>
    payload.findDistinct({
      collection: 'commendations',
      ...asPublic,
      field,
      where: listed,
      sort: field === 'assessmentYear' ? '-assessmentYear' : 'mechanism',
    })
  const [years, mechanisms] = await Promise.all([
    distinct('assessmentYear'),
    distinct('mechanism'),
  ])
  return {
    years: years.values.map((row) => row.assessmentYear as number),
    mechanisms: mechanisms.values.map((row) => row.mechanism as Mechanism),
    categories: assessmentCategories,
  }
}

// The category filter reads units, so a unit changing category changes the list.
export const tagsForCommendationList = () => [tags.commendations, tags.units]

export const getCommendationList = cachedQuery('commendation-list', commendationList, tagsForCommendationList)
