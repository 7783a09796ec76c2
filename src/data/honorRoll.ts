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
import type { Commendation } from '@/payload-types'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { type Awardee, entriesIn, type HonorEntry, idOf, namedIn } from './honorEntries'
import { honorRollFigures, honorRollYears, type YearFigures } from './honorRollFigures'
import { asPublic, listed, type Locale, type Page, pageOf, publicPayload } from './publicQuery'

/**
 * Notices per honor-roll page. Each notice lists up to a dozen awardees, so ten notices make a
 * page about as heavy as twenty on a list, and as quick to serve from the cache.
 */
export const HONOR_ROLL_PAGE_SIZE = 10

export { honorRollYears }

type Notice = Pick<Commendation, 'id' | 'slug' | 'title' | 'noticeNumber' | 'issuedAt'>
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
    limit: HONOR_ROLL_PAGE_SIZE,
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

const belongsTo = (group: HonorRollGroup) => (row: Awardee) =>
  group === 'people' ? idOf(row.person) !== null : row.assessmentCategory === group

/** One page of one group's notices, each with that group's awardees. */
const groupPage = async (
  year: number,
  group: HonorRollGroup,
  locale: Locale,
  page: number,
): Promise<Page<NoticeHonors>> => {
  const result = await noticesOfGroup(year, group, locale, page)
  const rowsOf = result.docs.map((doc) => (doc.awardees ?? []).filter(belongsTo(group)))
  const named = await namedIn(rowsOf.flat(), locale)
  const docs = result.docs.map(({ awardees: _awardees, ...notice }, index) => ({
    notice,
    entries: entriesIn(rowsOf[index] ?? [], named),
  }))
  return pageOf({ ...result, docs })
}

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
  return { year, figures, group: shown, notices: await groupPage(year, shown, locale, page) }
}

export type WholeYearRoll = {
  year: number
  figures: YearFigures
  groups: { group: HonorRollGroup; notices: Page<NoticeHonors> }[]
}

/**
 * The whole year on one page: every group that has awardees, each with its first page of notices
 * (a group larger than a page links to its own paged view), or null for a year without notices.
 */
export const wholeYearRoll = async (
  year: number,
  locale: Locale,
): Promise<WholeYearRoll | null> => {
  const figures = (await honorRollFigures()).years.find((figures) => figures.year === year)
  if (!figures) return null
  const shown = honorRollGroups.filter((group) => figures.groups[group] > 0)
  const groups = await Promise.all(
    shown.map(async (group) => ({ group, notices: await groupPage(year, group, locale, 1) })),
  )
  return { year, figures, groups }
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
export const getWholeYearRoll = cachedQuery('honor-roll-year', wholeYearRoll, (year: number) =>
  tagsForHonorRoll({ year, locale: 'zh' }),
)
export const getHonorRollYears = cachedQuery(
  'honor-roll-years',
  honorRollYears,
  tagsForHonorRollYears,
)
