// The list of commendation notices, newest first, filtered by assessment year, mechanism and the
// assessment category of the commended units, with the filter values a reader can choose from.
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
  year?: number
  mechanism?: Mechanism
  category?: AssessmentCategory
}

export const assessmentCategories: AssessmentCategory[] = Object.values(categoriesByKind).flat()

/**
 * The years and mechanisms that listed notices have, read from the honor roll's stored figures
 * rather than from a scan of every notice. Every category is offered: units of each exist.
 */
export const commendationFacets = async () => {
  const { years } = await honorRollFigures()
  return {
    years: years.map((figures) => figures.year),
    mechanisms: mechanisms.filter((mechanism) =>
      years.some((figures) => figures.mechanisms[mechanism] > 0),
    ),
    categories: assessmentCategories,
  }
}

export const commendationList = async ({
  locale,
  page = 1,
  year,
  mechanism,
  category,
}: CommendationFilters) => {
  const payload = await publicPayload()
  // The category is a flag each notice records when saved (see awardeeGroups.ts): no join.
  const where = allOf(
    listed,
    year !== undefined && { assessmentYear: { equals: year } },
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
