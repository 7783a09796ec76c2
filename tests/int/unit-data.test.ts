// A reader opening a unit's page: what it is, its grades year by year, the listed notices that
// commend it a page at a time, the stories told about it and its officials who consented.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { unitBySlug, unitIndex } from '@/data/units'

import { namedDocuments } from '../helpers/namedDocuments'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
const { ids, slugs, refs, create, withdraw } = namedDocuments(() => payload)

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  refs.expert = staff.expert.id
  await create('units', 'bureau', {
    name: '区财政局',
    kind: 'department',
    assessmentCategory: 'economic',
    grades: [
      { year: 2026, grade: 'pass' },
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'fail' },
    ],
  })
  await create('units', 'other', { name: '青石镇' })
  await create('units', 'zhang', { name: '张村镇' })
  await create('units', 'li', { name: '李家镇' })
  await create('units', 'draftUnit', { name: '筹建镇' }, 'draft')
  refs.unit = ids.bureau as number
  await create('people', 'chen', { name: '陈慧', position: '预算科科长', consent: true })
  await create('people', 'bai', { name: '白雪', position: '会计', consent: true })
  await create('people', 'private', { name: '赵大勇', consent: false })
  await create('people', 'elsewhere', { name: '王建国', consent: true, unit: ids.other })
  await create('people', 'draftPerson', { name: '钱未发', consent: true }, 'draft')

  for (let n = 0; n < 21; n += 1) {
    await create('commendations', `notice${n}`, {
      issuedAt: `2026-01-${String(n + 1).padStart(2, '0')}T00:00:00.000Z`,
    })
  }
  await create('commendations', 'withdrawn')
  await withdraw('commendations', 'withdrawn')
  await create('commendations', 'draft', {}, 'draft')
  await create('model-stories', 'model', { polarity: 'positive', subject: { unit: ids.bureau } })
  await create('model-stories', 'warning', { polarity: 'negative', subject: { unit: ids.bureau } })
  await create('model-stories', 'draftStory', { subject: { unit: ids.bureau } }, 'draft')
  await create('model-stories', 'withdrawnStory', { subject: { unit: ids.bureau } })
  await withdraw('model-stories', 'withdrawnStory')
}, 300_000)
afterAll(closePayload)

const slugsOf = (docs: { slug?: string | null }[]) => docs.map((doc) => doc.slug)

describe("a unit's page", () => {
  it('names the unit, its kind and category, with its grades oldest first', async () => {
    const unit = await unitBySlug(slugs.bureau as string, 'zh', 1)
    expect(unit).toMatchObject({
      name: '区财政局',
      kind: 'department',
      assessmentCategory: 'economic',
    })
    expect(unit?.grades.map(({ year, grade }) => [year, grade])).toEqual([
      [2024, 'excellent'],
      [2025, 'fail'],
      [2026, 'pass'],
    ])
  })

  it('pages through the listed notices that commend it, newest first', async () => {
    const first = await unitBySlug(slugs.bureau as string, 'zh', 1)
    expect(first?.commendations).toMatchObject({ page: 1, totalPages: 2, totalDocs: 21 })
    expect(first?.commendations.docs[0]?.slug).toBe(slugs.notice20)
    const second = await unitBySlug(slugs.bureau as string, 'zh', 2)
    expect(slugsOf(second?.commendations.docs ?? [])).toEqual([slugs.notice0])
    const all = [...(first?.commendations.docs ?? []), ...(second?.commendations.docs ?? [])]
    expect(slugsOf(all)).not.toContain(slugs.withdrawn)
    expect(slugsOf(all)).not.toContain(slugs.draft)
  })

  it('shows its published stories, advanced models and warning cases alike', async () => {
    const unit = await unitBySlug(slugs.bureau as string, 'zh', 1)
    expect(unit?.stories.docs.map((story) => [story.slug, story.polarity]).sort()).toEqual(
      [
        [slugs.model, 'positive'],
        [slugs.warning, 'negative'],
      ].sort(),
    )
  })

  it('links only its own officials who consented, by name and position', async () => {
    const unit = await unitBySlug(slugs.bureau as string, 'zh', 1)
    expect(unit?.people.map(({ publicName, position }) => [publicName, position])).toEqual([
      ['白雪', '会计'],
      ['陈慧', '预算科科长'],
    ])
    expect(unit?.people.every((person) => typeof person.slug === 'string')).toBe(true)
    expect(JSON.stringify(unit)).not.toMatch(/赵|王建国|钱未发/)
  })

  it('is not there while a draft, and the index leaves drafts out too', async () => {
    expect(await unitBySlug(slugs.draftUnit as string, 'zh', 1)).toBeNull()
    const names = (await unitIndex('zh')).flatMap((group) =>
      group.categories.flatMap((category) => category.units.map((unit) => unit.name)),
    )
    expect(names.sort()).toEqual(['区财政局', '张村镇', '李家镇', '青石镇'].sort())
  })

  it('lists Chinese names in pinyin order, as readers look them up', async () => {
    const [towns] = await unitIndex('zh')
    const keyAreas = towns?.categories.find((group) => group.category === 'key-development')
    expect(keyAreas?.units.map((unit) => unit.name)).toEqual(['李家镇', '青石镇', '张村镇'])
  })

  it('reads the Chinese name where no English is written, and the English where it is', async () => {
    expect((await unitBySlug(slugs.bureau as string, 'en', 1))?.name).toBe('区财政局')
    await payload.update({
      collection: 'units',
      id: ids.bureau as number,
      locale: 'en',
      data: { name: 'District Finance Bureau' },
      overrideAccess: true,
    })
    expect((await unitBySlug(slugs.bureau as string, 'en', 1))?.name).toBe(
      'District Finance Bureau',
    )
    expect((await unitBySlug(slugs.bureau as string, 'zh', 1))?.name).toBe('区财政局')
  })
})

describe("a unit's preview", () => {
  const as = (user: Staff[keyof Staff]) =>
    ({ overrideAccess: false, draft: true, user: user as never }) as const

  it('shows an editor the latest draft while the public keeps the published unit', async () => {
    await payload.update({
      collection: 'units',
      id: ids.other as number,
      draft: true,
      data: { name: '青石镇（更名稿）' },
      overrideAccess: true,
    })
    const slug = slugs.other as string
    expect((await unitBySlug(slug, 'zh', 1))?.name).toBe('青石镇')
    expect((await unitBySlug(slug, 'zh', 1, as(staff.editor)))?.name).toBe('青石镇（更名稿）')
  })

  it('opens a never-published unit for an editor, not for an expert', async () => {
    const slug = slugs.draftUnit as string
    expect((await unitBySlug(slug, 'zh', 1, as(staff.editor)))?.name).toBe('筹建镇')
    expect(await unitBySlug(slug, 'zh', 1, as(staff.expert))).toBeNull()
  })
})
