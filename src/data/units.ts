// Units, as the public meets them: an index grouped the way they are assessed (by kind, then by
// assessment category), and one unit with its commendations, stories and yearly grades.
import 'server-only'

import { categoriesByKind, unitKinds } from '@/lib/assessmentCategories'

import { cachedQuery, previewableQuery } from './cached'
import { tags } from './cacheTags'
import { mediaPopulate } from './mediaPopulate'
import type { Viewer } from './preview'
import {
  asPublic,
  listed,
  type Locale,
  PAGE_SIZE,
  pageOf,
  publicPayload,
  oneBySlug,
} from './publicQuery'

export const unitIndex = async (locale: Locale) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'units',
    ...asPublic,
    locale,
    pagination: false,
    // Slugs are the names in pinyin: the order Chinese readers look names up in.
    sort: locale === 'zh' ? 'slug' : 'name',
    depth: 0,
    select: { name: true, slug: true, kind: true, assessmentCategory: true },
  })
  return unitKinds.map((kind) => ({
    kind,
    categories: categoriesByKind[kind].map((category) => ({
      category,
      units: docs.filter((unit) => unit.assessmentCategory === category),
    })),
  }))
}

// A busy unit is named in thousands of notices at scale, so its page shows them a page at a time.
const listedAbout = async (unitId: number | string, locale: Locale, page: number) => {
  const payload = await publicPayload()
  const [commendations, stories, people] = await Promise.all([
    payload.find({
      collection: 'commendations',
      ...asPublic,
      locale,
      where: { and: [listed, { 'awardees.unit': { equals: unitId } }] },
      page,
      limit: PAGE_SIZE,
      sort: '-issuedAt',
      depth: 0,
      select: { title: true, slug: true, noticeNumber: true, issuedAt: true, assessmentYear: true },
    }),
    payload.find({
      collection: 'model-stories',
      ...asPublic,
      locale,
      where: { and: [listed, { 'subject.unit': { equals: unitId } }] },
      limit: PAGE_SIZE,
      sort: '-createdAt',
      depth: 0,
      select: { title: true, slug: true, polarity: true, summary: true },
    }),
    // Only people who consented have a page to link to; `consent` lets their slug be read.
    payload.find({
      collection: 'people',
      ...asPublic,
      locale,
      where: { and: [{ unit: { equals: unitId } }, { consent: { equals: true } }] },
      limit: PAGE_SIZE,
      sort: 'publicName',
      depth: 0,
      select: { publicName: true, slug: true, position: true, consent: true },
    }),
  ])
  return {
    commendations: pageOf(commendations),
    stories: pageOf(stories),
    people: people.docs.filter((person) => person.slug),
  }
}

/**
 * A unit with its grades oldest first, a page of its notices, its newest stories and people. A
 * previewing editor sees the unit's latest draft; what is listed about it is always the public's.
 */
export const unitBySlug = async (slug: string, locale: Locale, page = 1, viewer?: Viewer) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'units',
    ...oneBySlug(slug, viewer),
    locale,
    depth: 1,
    populate: { media: mediaPopulate },
    select: {
      name: true,
      slug: true,
      kind: true,
      assessmentCategory: true,
      grades: true,
      image: true,
    },
  })
  const unit = docs[0]
  if (!unit) return null
  const grades = [...(unit.grades ?? [])].sort((a, b) => a.year - b.year)
  return { ...unit, grades, ...(await listedAbout(unit.id, locale, page)) }
}

export const tagsForUnitIndex = () => [tags.units]
export const tagsForUnit = (slug: string) => [
  tags.unit(slug),
  tags.commendations,
  tags.stories,
  tags.people,
]

export const getUnitIndex = cachedQuery('unit-index', unitIndex, tagsForUnitIndex)
// The page is always given here, so a viewer can never land in its place.
export const getUnit = previewableQuery(
  'unit',
  (slug: string, locale: Locale, page: number, viewer: Viewer | undefined) =>
    unitBySlug(slug, locale, page, viewer),
  tagsForUnit,
)
