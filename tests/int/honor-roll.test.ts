// The honor roll and the commendation list as the public reads them, at the level of the data
// layer: each notice records which groups its awardees fall in, the yearly figures follow every
// publication, correction, withdrawal and deletion, and the roll is read one group and one page
// at a time. People without consent are never named or linked.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  readHonorRollFigures,
  recountHonorRollFigures,
} from '@/collections/Commendations/honorRollFigures'
import { commendationList } from '@/data/commendationList'
import { honorRoll, wholeYearRoll } from '@/data/honorRoll'
import { honorRollFigures } from '@/data/honorRollFigures'
import type { Commendation } from '@/payload-types'

import { closePayload, testPayload } from '../helpers/payload'
import { pngFile, sampleData } from '../helpers/samples'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
const ids: Record<string, number> = {}

const unit = async (key: string, name: string, kind: string, assessmentCategory: string) => {
  const doc = await payload.create({
    collection: 'units',
    data: { name, kind, assessmentCategory, _status: 'published' } as never,
    overrideAccess: true,
  })
  ids[key] = doc.id
}

const person = async (key: string, name: string, consent: boolean) => {
  const doc = await payload.create({
    collection: 'people',
    data: { name, position: '副局长', consent, _status: 'published' } as never,
    overrideAccess: true,
  })
  ids[key] = doc.id
}

type Awardee = { unit?: number; person?: number }

const notice = async (
  year: number,
  mechanism: string,
  awardees: Awardee[],
  options: {
    status?: 'draft' | 'published'
    issuedAt?: string
    context?: Record<string, unknown>
  } = {},
) =>
  payload.create({
    collection: 'commendations',
    data: {
      ...sampleData('commendations', { unit: ids.a as number, expert: 0 }),
      assessmentYear: year,
      issuedAt: options.issuedAt ?? `${year + 1}-03-01T00:00:00.000Z`,
      mechanism,
      awardees: awardees.map((awardee) => ({ ...awardee, honorTitle: '先进' })),
      _status: options.status ?? 'published',
    } as never,
    draft: options.status === 'draft',
    overrideAccess: true,
    context: options.context,
  })

const figuresOf = async (year: number) =>
  (await honorRollFigures()).years.find((figures) => figures.year === year)

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  await unit('a', '东岭镇', 'town-office', 'key-development')
  await unit('b', '西溪镇', 'town-office', 'ecological-development')
  await unit('c', '区发展改革局', 'department', 'economic')
  await unit('d', '区委组织部', 'department', 'party-mass')
  await person('open', '周明远', true)
  await person('closed', '钱立新', false)
  ids.mixed = (
    await notice(2025, 'incentive', [
      { unit: ids.a },
      { unit: ids.c },
      { person: ids.open },
      { person: ids.closed },
    ])
  ).id
  ids.ecological = (await notice(2025, 'fault-tolerance', [{ unit: ids.b }])).id
  ids.older = (await notice(2024, 'incentive', [{ unit: ids.a }])).id
  for (let day = 1; day <= 25; day += 1) {
    const issuedAt = `2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`
    await notice(2025, 'promotion-demotion', [{ unit: ids.c }], { issuedAt })
  }
  ids.draft = (await notice(2025, 'incentive', [{ unit: ids.d }], { status: 'draft' })).id
}, 300_000)
afterAll(closePayload)

describe('a notice records the honor-roll groups of its awardees', () => {
  it('stores each unit’s category on its row and one flag per group on the notice', async () => {
    const stored = await payload.findByID({
      collection: 'commendations',
      id: ids.mixed as number,
      overrideAccess: true,
    })
    expect(stored.awardees.map((row) => row.assessmentCategory ?? null)).toEqual([
      'key-development',
      'economic',
      null,
      null,
    ])
    expect(stored.awardeeGroups).toEqual({
      keyDevelopment: true,
      ecologicalDevelopment: false,
      partyMass: false,
      comprehensive: false,
      economic: true,
      residential: false,
      people: true,
    })
  })

  it('keeps them through a save that leaves the awardees alone, and ignores values sent by hand', async () => {
    const updated = await payload.update({
      collection: 'commendations',
      id: ids.ecological as number,
      data: {
        summary: '更正摘要。',
        awardeeGroups: { partyMass: true },
      } as Partial<Commendation>,
      user: staff.editor,
      overrideAccess: false,
    })
    expect(updated.awardeeGroups).toMatchObject({ ecologicalDevelopment: true, partyMass: false })
    expect(updated.awardees[0]?.assessmentCategory).toBe('ecological-development')
  })
})

describe('the yearly figures behind the honor roll', () => {
  it('count listed notices by mechanism and by group, never drafts', async () => {
    expect(await figuresOf(2025)).toEqual({
      year: 2025,
      notices: 27,
      mechanisms: { incentive: 1, 'fault-tolerance': 1, 'promotion-demotion': 25 },
      groups: {
        'key-development': 1,
        'ecological-development': 1,
        'party-mass': 0,
        comprehensive: 0,
        economic: 26,
        residential: 0,
        people: 1,
      },
    })
    expect((await honorRollFigures()).years.map((figures) => figures.year)).toEqual([2025, 2024])
  })

  it('follow publishing, withdrawing, unpublishing, a change of year and deletion', async () => {
    await payload.update({
      collection: 'commendations',
      id: ids.draft as number,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    expect((await figuresOf(2025))?.groups['party-mass']).toBe(1)

    await payload.update({
      collection: 'commendations',
      id: ids.draft as number,
      data: { reviewState: 'withdrawn', withdrawal: { reason: '考核结果有误。' } },
      overrideAccess: true,
    })
    expect((await figuresOf(2025))?.groups['party-mass']).toBe(0)

    await payload.update({
      collection: 'commendations',
      id: ids.ecological as number,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect((await figuresOf(2025))?.mechanisms['fault-tolerance']).toBe(0)

    await payload.update({
      collection: 'commendations',
      id: ids.older as number,
      data: { assessmentYear: 2023 },
      overrideAccess: true,
    })
    expect((await honorRollFigures()).years.map((figures) => figures.year)).toEqual([2025, 2023])

    await payload.delete({
      collection: 'commendations',
      id: ids.older as number,
      overrideAccess: true,
    })
    expect((await honorRollFigures()).years.map((figures) => figures.year)).toEqual([2025])
  })

  it('stay as they were when a draft is saved over a published notice', async () => {
    const before = await figuresOf(2025)
    await payload.update({
      collection: 'commendations',
      id: ids.mixed as number,
      data: { assessmentYear: 2020, awardees: [{ unit: ids.d, honorTitle: '草稿中的改动' }] },
      draft: true,
      overrideAccess: true,
    })
    expect(await figuresOf(2025)).toEqual(before)
    expect(await figuresOf(2020)).toBeUndefined()
  })

  it('are counted afresh by the next reader after a bulk load that skipped the recount', async () => {
    await notice(2022, 'incentive', [{ unit: ids.b }], {
      context: { skipHonorRollRecount: true },
    })
    expect(await readHonorRollFigures(payload)).toBeNull()
    expect((await figuresOf(2022))?.groups['ecological-development']).toBe(1)
    expect((await readHonorRollFigures(payload))?.years.map((figures) => figures.year)).toEqual([
      2025, 2022,
    ])
    expect(await recountHonorRollFigures(payload)).toEqual(await readHonorRollFigures(payload))
  })
})

describe('a reader of a year’s honor roll', () => {
  it('opens on the first group that has awardees, each linked to its notice', async () => {
    const roll = await honorRoll({ year: 2025, locale: 'zh' })
    expect(roll?.group).toBe('key-development')
    expect(roll?.notices.docs).toEqual([
      {
        notice: expect.objectContaining({ id: ids.mixed, slug: expect.any(String) }),
        entries: [{ honorTitle: '先进', unit: expect.objectContaining({ name: '东岭镇' }) }],
      },
    ])
  })

  it('pages a large group ten notices at a time, newest first, with only that group’s awardees', async () => {
    const first = await honorRoll({ year: 2025, locale: 'zh', group: 'economic' })
    expect(first?.notices).toMatchObject({ page: 1, totalPages: 3, totalDocs: 26 })
    expect(first?.notices.docs).toHaveLength(10)
    const middle = await honorRoll({ year: 2025, locale: 'zh', group: 'economic', page: 2 })
    const second = await honorRoll({ year: 2025, locale: 'zh', group: 'economic', page: 3 })
    expect(second?.notices.docs).toHaveLength(6)
    const dates = [
      ...(first?.notices.docs ?? []),
      ...(middle?.notices.docs ?? []),
      ...(second?.notices.docs ?? []),
    ].map(({ notice }) => notice.issuedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    const names = second?.notices.docs.flatMap(({ entries }) => entries.map((e) => e.unit?.name))
    expect(new Set(names)).toEqual(new Set(['区发展改革局']))
  })

  it('names people without consent by masked name only, and links only those who consented', async () => {
    const roll = await honorRoll({ year: 2025, locale: 'en', group: 'people' })
    const entries = roll?.notices.docs.flatMap(({ entries }) => entries) ?? []
    expect(entries.map(({ person }) => person?.publicName)).toEqual(['周明远', '钱**'])
    expect(entries[0]?.person?.slug).toEqual(expect.any(String))
    expect(entries[1]?.person?.slug).toBeUndefined()
    expect(JSON.stringify(roll)).not.toContain('钱立新')
  })

  it('shows the whole year at once: every group with notices, each with its first page', async () => {
    const roll = await wholeYearRoll(2025, 'zh')
    expect(roll?.groups.map(({ group, notices }) => [group, notices.totalDocs])).toEqual([
      // (The ecological notice left 2025 in the figures' tests above.)
      ['key-development', 1],
      ['economic', 26],
      ['people', 1],
    ])
    const economic = roll?.groups.find(({ group }) => group === 'economic')
    expect(economic?.notices).toMatchObject({ page: 1, totalPages: 3 })
    expect(economic?.notices.docs).toHaveLength(10)
    expect(await wholeYearRoll(2019, 'zh')).toBeNull()
  })

  it('brings the portrait of a person who consented, and none of one who did not', async () => {
    const photo = await payload.create({
      collection: 'media',
      data: { alt: '周明远的照片' },
      file: await pngFile(),
      overrideAccess: true,
    })
    for (const key of ['open', 'closed']) {
      await payload.update({
        collection: 'people',
        id: ids[key] as number,
        data: { photo: photo.id },
        overrideAccess: true,
      })
    }
    const roll = await wholeYearRoll(2025, 'zh')
    const people = roll?.groups.find(({ group }) => group === 'people')
    const [open, closed] = people?.notices.docs.flatMap(({ entries }) => entries) ?? []
    expect(open?.person?.photo).toMatchObject({ alt: '周明远的照片' })
    expect(closed?.person?.photo ?? null).toBeNull()
  })

  it('finds no roll for a year without listed notices', async () => {
    expect(await honorRoll({ year: 2019, locale: 'zh' })).toBeNull()
  })
})

describe('a reader filtering the commendation list', () => {
  it('finds notices by the category of the units they commend, with year and mechanism', async () => {
    const economic = await commendationList({ locale: 'zh', category: 'economic' })
    expect(economic.totalDocs).toBe((await figuresOf(2025))?.groups.economic)
    const narrowed = await commendationList({
      locale: 'zh',
      category: 'economic',
      assessmentYear: 2025,
      mechanism: 'incentive',
    })
    expect(narrowed.docs.map((doc) => doc.id)).toEqual([ids.mixed])
    const withdrawnOnly = await commendationList({ locale: 'zh', category: 'party-mass' })
    expect(withdrawnOnly.totalDocs).toBe(0)
  })

  it('is offered the years and mechanisms listed notices have', async () => {
    const { facets } = await commendationList({ locale: 'zh' })
    expect(facets.years).toEqual([2025, 2022])
    expect(facets.mechanisms).toEqual(['incentive', 'promotion-demotion'])
  })
})
