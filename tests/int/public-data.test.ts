// The public site's data layer, as a reader meets it: only published items, withdrawn ones off
// every list but still at their address, filters and pages that add up, an honor roll grouped the
// way units are assessed, people without consent by masked name only, Chinese where no English.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { commendationBySlug } from '@/data/commendation'
import { commendationList } from '@/data/commendationList'
import { honorRoll, honorRollYears } from '@/data/honorRoll'
import { interpretationBySlug, interpretationList } from '@/data/interpretations'
import { policyBySlug, policyList } from '@/data/policies'
import { storyBySlug, storyList } from '@/data/stories'
import { unitBySlug, unitIndex } from '@/data/units'

import { namedDocuments } from '../helpers/namedDocuments'
import { closePayload, testPayload } from '../helpers/payload'
import { pdfFile } from '../helpers/samples'
import { createStaff } from '../helpers/staff'

// `server-only` throws outside React's server condition, which vitest does not set.

let payload: Payload
const { ids, slugs, refs, create, withdraw } = namedDocuments(() => payload)

const notice = (year: number, mechanism: string, awardees: Record<string, unknown>[]) => ({
  assessmentYear: year,
  issuedAt: `${year + 1}-03-01T00:00:00.000Z`,
  mechanism,
  awardees,
})

beforeAll(async () => {
  payload = await testPayload()
  const staff = await createStaff(payload)
  refs.expert = staff.expert.id
  await create('units', 'town', {
    name: '青山镇',
    kind: 'town-office',
    assessmentCategory: 'key-development',
  })
  await create('units', 'bureau', {
    name: '区商务局',
    kind: 'department',
    assessmentCategory: 'economic',
    grades: [
      { year: 2025, grade: 'good' },
      { year: 2024, grade: 'excellent' },
    ],
  })
  await create('units', 'village', {
    name: '绿水镇',
    kind: 'town-office',
    assessmentCategory: 'key-development',
  })
  await create(
    'units',
    'draftUnit',
    { name: '筹建镇', kind: 'town-office', assessmentCategory: 'ecological-development' },
    'draft',
  )
  refs.unit = ids.town as number
  await create('people', 'consenting', { name: '孙红梅', consent: true })
  await create('people', 'private', { name: '赵大勇', consent: false })
  const document = await payload.create({
    collection: 'documents',
    data: { title: '通报原件' },
    file: pdfFile(),
    overrideAccess: true,
  })

  await create('commendations', 'main', {
    title: '关于表彰2025年度先进集体和个人的通报',
    ...notice(2025, 'incentive', [
      { unit: ids.town, honorTitle: '先进集体' },
      { unit: ids.village, honorTitle: '先进集体' },
      { person: ids.consenting, honorTitle: '优秀干部' },
      { person: ids.private, honorTitle: '优秀干部' },
    ]),
    attachment: document.id,
  })
  await create(
    'commendations',
    'withdrawn',
    notice(2024, 'fault-tolerance', [{ unit: ids.bureau, honorTitle: '容错免责' }]),
  )
  await withdraw('commendations', 'withdrawn')
  await create(
    'commendations',
    'draft',
    notice(2023, 'promotion-demotion', [{ unit: ids.bureau, honorTitle: '草稿' }]),
    'draft',
  )
  for (let n = 0; n < 21; n += 1) {
    await create(
      'commendations',
      `bulk${n}`,
      notice(2026, 'incentive', [{ unit: ids.bureau, honorTitle: '目标考核优秀' }]),
    )
  }

  await create('model-stories', 'positive', { polarity: 'positive', subject: { unit: ids.town } })
  await create('model-stories', 'negative', {
    polarity: 'negative',
    mechanism: 'promotion-demotion',
    subject: { person: ids.private },
  })
  await create('model-stories', 'draftStory', { polarity: 'positive' }, 'draft')
  await create('model-stories', 'withdrawnStory', { polarity: 'negative' })
  await withdraw('model-stories', 'withdrawnStory')

  await create('policies', 'policy', { attachment: document.id })
  await create('policies', 'draftPolicy', {}, 'draft')
  await create('interpretations', 'reading', { relatedPolicies: [ids.policy, ids.draftPolicy] })
  await create('interpretations', 'draftReading', { relatedPolicies: [ids.policy] }, 'draft')
  await create('interpretations', 'withdrawnReading', { relatedPolicies: [ids.policy] })
  await withdraw('interpretations', 'withdrawnReading')
}, 300_000)
afterAll(closePayload)

const slugsOf = (docs: { slug?: string | null }[]) => docs.map((doc) => doc.slug)

describe('a reader browsing commendation notices', () => {
  it('sees published notices newest first, twenty a page, never drafts or withdrawn ones', async () => {
    const first = await commendationList({ locale: 'zh' })
    expect(first).toMatchObject({ page: 1, totalPages: 2, totalDocs: 22 })
    expect(first.docs).toHaveLength(20)
    const second = await commendationList({ locale: 'zh', page: 2 })
    expect(second.docs).toHaveLength(2)
    const all = slugsOf([...first.docs, ...second.docs])
    expect(all.at(-1)).toBe(slugs.main)
    expect(all).not.toContain(slugs.withdrawn)
    expect(all).not.toContain(slugs.draft)
    expect(first.docs[0]).not.toHaveProperty('awardees')
  })

  it('is offered only the years and mechanisms that listed notices have', async () => {
    const { facets } = await commendationList({ locale: 'zh' })
    expect(facets.years).toEqual([2026, 2025])
    expect(facets.issueYears).toEqual([2027, 2026])
    expect(facets.mechanisms).toEqual(['incentive'])
    expect(facets.categories).toContain('ecological-development')
  })

  it('filters by year issued, assessment year, mechanism and the category of the commended units', async () => {
    const of2025 = await commendationList({ locale: 'zh', assessmentYear: 2025 })
    expect(slugsOf(of2025.docs)).toEqual([slugs.main])
    // Issued on 1 March 2026 (Beijing time), so a notice of 2026 though it commends 2025.
    const issued2026 = await commendationList({ locale: 'zh', issueYear: 2026 })
    expect(slugsOf(issued2026.docs)).toEqual([slugs.main])
    expect((await commendationList({ locale: 'zh', issueYear: 2025 })).totalDocs).toBe(0)
    const both = await commendationList({ locale: 'zh', issueYear: 2027, assessmentYear: 2026 })
    expect(both.totalDocs).toBe(21)
    expect(
      (await commendationList({ locale: 'zh', issueYear: 2026, assessmentYear: 2026 })).totalDocs,
    ).toBe(0)
    const tolerance = await commendationList({ locale: 'zh', mechanism: 'fault-tolerance' })
    expect(tolerance.totalDocs).toBe(0)
    // The notice commends two units of the category, and is still listed once.
    const keyAreas = await commendationList({ locale: 'zh', category: 'key-development' })
    expect(keyAreas).toMatchObject({ totalDocs: 1, totalPages: 1 })
    expect(slugsOf(keyAreas.docs)).toEqual([slugs.main])
    const economic = await commendationList({
      locale: 'zh',
      category: 'economic',
      assessmentYear: 2026,
    })
    expect(economic.totalDocs).toBe(21)
    const nobody = await commendationList({ locale: 'zh', category: 'party-mass' })
    expect(nobody.totalDocs).toBe(0)
  })

  it('opens a notice with its awardees, PDF and no internals', async () => {
    const seen = await commendationBySlug(slugs.main as string, 'zh')
    expect(seen?.awardees[0]?.unit).toMatchObject({ name: '青山镇', kind: 'town-office' })
    expect(seen?.attachment).toMatchObject({
      filename: expect.stringMatching(/\.pdf$/),
      url: expect.any(String),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
    expect(seen).not.toHaveProperty('remarks')
    expect(seen).not.toHaveProperty('createdBy')
    expect(await commendationBySlug('no-such-notice', 'zh')).toBeNull()
    expect(await commendationBySlug(slugs.draft as string, 'zh')).toBeNull()
  })

  it('shows a person without consent by masked name and position only', async () => {
    const seen = await commendationBySlug(slugs.main as string, 'zh')
    const [, , consenting, hidden] = seen?.awardees ?? []
    expect(consenting?.person).toMatchObject({ publicName: '孙红梅', slug: expect.any(String) })
    expect(hidden?.person).toMatchObject({ publicName: '赵**', position: '镇长' })
    expect(hidden?.person).not.toHaveProperty('slug')
    expect(JSON.stringify(seen)).not.toContain('赵大勇')
  })

  it('still reaches a withdrawn notice at its address, with the date and reason', async () => {
    const seen = await commendationBySlug(slugs.withdrawn as string, 'zh')
    expect(seen?.reviewState).toBe('withdrawn')
    expect(seen?.withdrawal).toEqual({ at: expect.any(String), reason: '内容有误，予以撤回。' })
  })

  it('reads the Chinese where no English is written', async () => {
    const seen = await commendationBySlug(slugs.main as string, 'en')
    expect(seen?.title).toBe('关于表彰2025年度先进集体和个人的通报')
    const list = await commendationList({ locale: 'en', assessmentYear: 2025 })
    expect(list.docs[0]?.title).toBe('关于表彰2025年度先进集体和个人的通报')
    await payload.update({
      collection: 'policies',
      id: ids.policy as number,
      locale: 'en',
      data: { title: 'Implementing rules' },
      overrideAccess: true,
    })
    expect((await policyList({ locale: 'en' })).docs[0]?.title).toBe('Implementing rules')
    expect((await policyList({ locale: 'zh' })).docs[0]?.title).toMatch(/^实施办法/)
  })
})

describe('a reader opening the honor roll of a year', () => {
  it('finds every awardee of the year, units by category and people apart, linked to the notice', async () => {
    const units = await honorRoll({ year: 2025, locale: 'zh', group: 'key-development' })
    expect(units?.notices.docs).toEqual([
      {
        notice: expect.objectContaining({ slug: slugs.main }),
        entries: ['青山镇', '绿水镇'].map((name) =>
          expect.objectContaining({
            unit: expect.objectContaining({ name }),
            honorTitle: '先进集体',
          }),
        ),
      },
    ])
    const people = await honorRoll({ year: 2025, locale: 'zh', group: 'people' })
    const entries = people?.notices.docs.flatMap((doc) => doc.entries) ?? []
    expect(entries.map((entry) => entry.person?.publicName)).toEqual(['孙红梅', '赵**'])
    expect(JSON.stringify(people)).not.toContain('赵大勇')
  })

  it('leaves out withdrawn and draft notices, and lists the years that have any', async () => {
    expect(await honorRoll({ year: 2024, locale: 'zh' })).toBeNull()
    expect(await honorRoll({ year: 2023, locale: 'zh' })).toBeNull()
    expect(await honorRollYears()).toEqual([2026, 2025])
  })
})

describe('a reader of model stories, interpretations and policies', () => {
  it('switches between advanced models and warning cases, without drafts or withdrawn stories', async () => {
    const all = await storyList({ locale: 'zh' })
    expect(slugsOf(all.docs).sort()).toEqual([slugs.negative, slugs.positive].sort())
    const warnings = await storyList({ locale: 'zh', polarity: 'negative' })
    expect(slugsOf(warnings.docs)).toEqual([slugs.negative])
    const byMechanism = await storyList({ locale: 'zh', mechanism: 'promotion-demotion' })
    expect(slugsOf(byMechanism.docs)).toEqual([slugs.negative])
    const withdrawn = await storyBySlug(slugs.withdrawnStory as string, 'zh')
    expect(withdrawn?.withdrawal?.reason).toBe('内容有误，予以撤回。')
    expect(await storyBySlug(slugs.draftStory as string, 'zh')).toBeNull()
    const warning = await storyBySlug(slugs.negative as string, 'zh')
    // No legal basis recorded: the warning case names no one (privacy-surfaces.test.ts).
    expect(warning?.title).toBeTruthy()
    expect(warning?.subject?.person).toBeUndefined()
  })

  it('reads an interpretation with the published policies it explains', async () => {
    expect(slugsOf((await interpretationList({ locale: 'zh' })).docs)).toEqual([slugs.reading])
    const reading = await interpretationBySlug(slugs.reading as string, 'en')
    expect(slugsOf(reading?.relatedPolicies ?? [])).toEqual([slugs.policy])
    expect(await interpretationBySlug(slugs.draftReading as string, 'zh')).toBeNull()
  })

  it('reads a policy with its PDF and the listed interpretations that cite it', async () => {
    expect(slugsOf((await policyList({ locale: 'zh' })).docs)).toEqual([slugs.policy])
    const policy = await policyBySlug(slugs.policy as string, 'zh')
    expect(policy?.attachment).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(slugsOf(policy?.interpretations ?? [])).toEqual([slugs.reading])
    expect(await policyBySlug(slugs.draftPolicy as string, 'zh')).toBeNull()
  })
})

describe('a reader looking up units', () => {
  it('finds the published ones grouped by kind and assessment category', async () => {
    const index = await unitIndex('zh')
    expect(index.map((group) => group.kind)).toEqual(['town-office', 'department'])
    const [towns, departments] = index
    const names = (units: { name: string }[] = []) => units.map((unit) => unit.name).sort()
    expect(towns?.categories[0]?.category).toBe('key-development')
    expect(names(towns?.categories[0]?.units)).toEqual(['绿水镇', '青山镇'].sort())
    const economic = departments?.categories.find((group) => group.category === 'economic')
    expect(names(economic?.units)).toEqual(['区商务局'])
    expect(JSON.stringify(index)).not.toContain('筹建镇')
    expect(await unitBySlug(slugs.draftUnit as string, 'zh')).toBeNull()
  })

  it('opens a unit with its listed commendations and stories and grades by year', async () => {
    const bureau = await unitBySlug(slugs.bureau as string, 'zh')
    expect(bureau?.grades.map((row) => row.year)).toEqual([2024, 2025])
    expect(bureau?.commendations).toMatchObject({ totalDocs: 21, totalPages: 2 })
    const lastPage = await unitBySlug(slugs.bureau as string, 'zh', 2)
    expect(lastPage?.commendations.docs).toHaveLength(1)
    expect(slugsOf(lastPage?.commendations.docs ?? [])).not.toContain(slugs.withdrawn)
    const town = await unitBySlug(slugs.town as string, 'zh')
    expect(slugsOf(town?.commendations.docs ?? [])).toEqual([slugs.main])
    expect(slugsOf(town?.stories.docs ?? [])).toEqual([slugs.positive])
    expect(await unitBySlug('no-such-unit', 'zh')).toBeNull()
  })
})
