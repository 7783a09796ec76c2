// The honor roll of an assessment year: everyone commended by that year's notices, units grouped
// by the category they are assessed in and people on their own, each linked to the notice.
import 'server-only'

import type { Commendation, Person, Unit } from '@/payload-types'
import type { AssessmentCategory } from '@/lib/assessmentCategories'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { awardeePopulate } from './commendation'
import { assessmentCategories, commendationFacets } from './commendationList'
import { asPublic, listed, type Locale, populated, publicPayload } from './publicQuery'

type Notice = Pick<Commendation, 'id' | 'slug' | 'title' | 'noticeNumber' | 'issuedAt'>
export type HonorEntry = { honorTitle: string; notice: Notice }
export type UnitHonor = HonorEntry & { unit: Pick<Unit, 'id' | 'name' | 'slug' | 'kind'> }
export type PersonHonor = HonorEntry & {
  person: Pick<Person, 'id' | 'publicName' | 'position' | 'slug'>
}

const noticesOfYear = async (year: number, locale: Locale) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'commendations',
    ...asPublic,
    locale,
    where: { and: [listed, { assessmentYear: { equals: year } }] },
    pagination: false,
    sort: '-issuedAt',
    depth: 1,
    populate: awardeePopulate,
    select: { title: true, slug: true, noticeNumber: true, issuedAt: true, awardees: true },
  })
  return docs
}

export const honorRoll = async (year: number, locale: Locale) => {
  const units = new Map<AssessmentCategory, UnitHonor[]>(
    assessmentCategories.map((category) => [category, []]),
  )
  const people: PersonHonor[] = []
  for (const { awardees, ...notice } of await noticesOfYear(year, locale)) {
    for (const { unit, person, honorTitle } of awardees ?? []) {
      const shownUnit = populated(unit)
      const shownPerson = populated(person)
      if (shownUnit) {
        const { assessmentCategory, ...rest } = shownUnit
        units.get(assessmentCategory)?.push({ unit: rest, honorTitle, notice })
      }
      if (shownPerson) people.push({ person: shownPerson, honorTitle, notice })
    }
  }
  return {
    year,
    units: [...units]
      .filter(([, entries]) => entries.length > 0)
      .map(([category, entries]) => ({ category, entries })),
    people,
  }
}

/** The assessment years that have at least one listed notice, newest first. */
export const honorRollYears = async () => (await commendationFacets()).years

export const tagsForHonorRoll = (year: number) => [tags.honorRoll(year), tags.units, tags.people]
export const tagsForHonorRollYears = () => [tags.honorRolls, tags.commendations]

export const getHonorRoll = cachedQuery('honor-roll', honorRoll, tagsForHonorRoll)
export const getHonorRollYears = cachedQuery('honor-roll-years', honorRollYears, tagsForHonorRollYears)
