// The honor roll of an assessment year: everyone commended by that year's notices, units grouped
// by the category they are assessed in and people on their own, each linked to the notice.
// At scale a year holds 2,000 notices and 20,000 awardees, so the roll is read one group at a
// time, a page of notices at a time: an indexed query on the year and the group's flag.
import 'server-only'

import {
  groupPath,
  type HonorRollGroup,
  honorRollGroups,
} from '@/collections/Commendations/awardeeGroups'
import type { Commendation, Person, Unit } from '@/payload-types'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { awardeePopulate } from './commendation'
import { honorRollFigures, honorRollYears, type YearFigures } from './honorRollFigures'
import {
  asPublic,
  listed,
  type Locale,
  type Page,
  PAGE_SIZE,
  pageOf,
  publicPayload,
} from './publicQuery'

export { honorRollYears }

type Id = number | string
type Notice = Pick<Commendation, 'id' | 'slug' | 'title' | 'noticeNumber' | 'issuedAt'>
export type ShownUnit = Pick<Unit, 'id' | 'name' | 'slug' | 'kind'>
export type ShownPerson = Pick<Person, 'id' | 'publicName' | 'position' | 'slug'>
export type HonorEntry = { honorTitle: string } & (
  { unit: ShownUnit; person?: undefined } | { person: ShownPerson; unit?: undefined }
)
export type NoticeHonors = { notice: Notice; entries: HonorEntry[] }

export type HonorRollView = {
  year: number
  locale: Locale
  /** Without one, the first group that has awardees. */
  group?: HonorRollGroup
  page?: number
}

export type HonorRoll = {
  year: number
  figures: YearFigures
  group: HonorRollGroup | null
  notices: Page<NoticeHonors>
}

type Awardee = NonNullable<Commendation['awardees']>[number]

const idOf = (value: unknown): Id | null =>
  typeof value === 'number' || typeof value === 'string' ? value : null

const noticesOfGroup = async (
  year: number,
  group: HonorRollGroup,
  locale: Locale,
  page: number,
) => {
  const payload = await publicPayload()
  return payload.find({
    collection: 'commendations',
    ...asPublic,
    locale,
    where: {
      and: [listed, { assessmentYear: { equals: year } }, { [groupPath(group)]: { equals: true } }],
    },
    page,
    limit: PAGE_SIZE,
    sort: '-issuedAt',
    depth: 0,
    select: {
      title: true,
      slug: true,
      noticeNumber: true,
      issuedAt: true,
      awardees: { unit: true, person: true, honorTitle: true, assessmentCategory: true },
    },
  })
}

/**
 * The units and people a page names, one query each. (Payload's own population resolves every
 * awardee row on its own and took three times as long.) Read as the public: unpublished units
 * are missing, and a person without consent comes without a slug.
 */
const namedIn = async (rows: Awardee[], locale: Locale) => {
  const payload = await publicPayload()
  const ids = (key: 'unit' | 'person') => [
    ...new Set(rows.map((row) => idOf(row[key])).filter((id) => id !== null)),
  ]
  const byIds = <C extends 'units' | 'people'>(
    collection: C,
    select: (typeof awardeePopulate)[C],
    list: Id[],
  ) =>
    list.length === 0
      ? Promise.resolve({ docs: [] })
      : payload.find({
          collection,
          ...asPublic,
          locale,
          where: { id: { in: list } },
          pagination: false,
          depth: 0,
          select,
        })
  const [units, people] = await Promise.all([
    byIds('units', awardeePopulate.units, ids('unit')),
    byIds('people', awardeePopulate.people, ids('person')),
  ])
  return {
    unit: new Map(units.docs.map((unit) => [String(unit.id), unit as Unit])),
    person: new Map(people.docs.map((person) => [String(person.id), person as Person])),
  }
}

type Named = Awaited<ReturnType<typeof namedIn>>

const entriesIn = (rows: Awardee[], named: Named): HonorEntry[] =>
  rows.flatMap(({ unit, person, honorTitle }): HonorEntry[] => {
    const shownUnit = named.unit.get(String(unit))
    if (shownUnit) {
      const { id, name, slug, kind } = shownUnit
      return [{ honorTitle, unit: { id, name, slug, kind } }]
    }
    const shownPerson = named.person.get(String(person))
    if (shownPerson) {
      const { id, publicName, position, slug } = shownPerson
      return [{ honorTitle, person: { id, publicName, position, slug } }]
    }
    return []
  })

const belongsTo = (group: HonorRollGroup) => (row: Awardee) =>
  group === 'people' ? idOf(row.person) !== null : row.assessmentCategory === group

/** One page of one group of a year's roll, or null when the year has no listed notice. */
export const honorRoll = async ({
  year,
  locale,
  group,
  page = 1,
}: HonorRollView): Promise<HonorRoll | null> => {
  const figures = (await honorRollFigures()).years.find((figures) => figures.year === year)
  if (!figures) return null
  const shown = group ?? honorRollGroups.find((candidate) => figures.groups[candidate] > 0)
  if (!shown)
    return {
      year,
      figures,
      group: null,
      notices: pageOf({ docs: [], totalDocs: 0, totalPages: 0 }),
    }
  const result = await noticesOfGroup(year, shown, locale, page)
  const rowsOf = result.docs.map((doc) => (doc.awardees ?? []).filter(belongsTo(shown)))
  const named = await namedIn(rowsOf.flat(), locale)
  const docs = result.docs.map(({ awardees: _awardees, ...notice }, index) => ({
    notice,
    entries: entriesIn(rowsOf[index] ?? [], named),
  }))
  return { year, figures, group: shown, notices: pageOf({ ...result, docs }) }
}

// Unit names and people's names are shown, so their edits reach the roll too.
export const tagsForHonorRoll = ({ year }: HonorRollView) => [
  tags.honorRoll(year),
  tags.honorRolls,
  tags.units,
  tags.people,
]
export const tagsForHonorRollYears = () => [tags.honorRolls]

export const getHonorRoll = cachedQuery('honor-roll', honorRoll, tagsForHonorRoll)
export const getHonorRollYears = cachedQuery(
  'honor-roll-years',
  honorRollYears,
  tagsForHonorRollYears,
)
