// A reader opening the page of an official: only people who consented to publication have one,
// and it shows their position, unit, photo, biography and the listed notices that commend them.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { personBySlug } from '@/data/people'

import { namedDocuments } from '../helpers/namedDocuments'
import { closePayload, testPayload } from '../helpers/payload'
import { pngFile } from '../helpers/samples'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
const { ids, refs, create } = namedDocuments(() => payload)

/** The permalink as the system knows it, even where the public may not read it. */
const slugOf = async (key: string) =>
  String(
    (await payload.findByID({ collection: 'people', id: ids[key] as number, overrideAccess: true }))
      .slug,
  )

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  refs.expert = staff.expert.id
  await create('units', 'town', { name: '青石镇', kind: 'town-office' })
  refs.unit = ids.town as number
  const photo = await payload.create({
    collection: 'media',
    data: { alt: '孙红梅在田间' },
    file: await pngFile(),
    overrideAccess: true,
  })
  await create('people', 'consenting', {
    name: '孙红梅',
    position: '村党支部书记',
    bio: '孙红梅扎根基层二十年。\n带领村民发展特色种植。',
    consent: true,
    photo: photo.id,
  })
  await create('people', 'private', { name: '赵大勇', consent: false, bio: '赵大勇的事迹' })
  await create('people', 'draftPerson', { name: '钱未发', consent: true }, 'draft')
  await create('people', 'laterWithdraws', { name: '周改意', consent: true })

  const notice = (year: number, awardees: Record<string, unknown>[]) => ({
    assessmentYear: year,
    issuedAt: `${year + 1}-03-01T00:00:00.000Z`,
    awardees,
  })
  await create(
    'commendations',
    'older',
    notice(2024, [{ person: ids.consenting, honorTitle: '优秀干部' }]),
  )
  await create(
    'commendations',
    'newer',
    notice(2025, [
      { person: ids.private, honorTitle: '先进个人' },
      { person: ids.consenting, honorTitle: '担当作为好干部' },
    ]),
  )
  await create(
    'commendations',
    'draftNotice',
    notice(2026, [{ person: ids.consenting, honorTitle: '草稿' }]),
    'draft',
  )
  await create(
    'commendations',
    'withdrawn',
    notice(2023, [{ person: ids.consenting, honorTitle: '撤回' }]),
  )
  await payload.update({
    collection: 'commendations',
    id: ids.withdrawn as number,
    data: { reviewState: 'withdrawn', withdrawal: { reason: '内容有误。' } } as never,
    overrideAccess: true,
  })
}, 300_000)
afterAll(closePayload)

describe('a consenting official', () => {
  it('has a page with name, position, unit, photo and biography', async () => {
    const person = await personBySlug(await slugOf('consenting'), 'zh')
    expect(person).toMatchObject({
      name: '孙红梅',
      position: '村党支部书记',
      bio: expect.stringContaining('特色种植'),
      unit: { name: '青石镇', slug: expect.any(String) },
      photo: { alt: '孙红梅在田间', url: expect.stringMatching(/^\/api\/media\/file\//) },
    })
  })

  it('lists the listed notices that commend them, newest first, with their honor titles', async () => {
    const person = await personBySlug(await slugOf('consenting'), 'zh')
    expect(person?.commendations.totalDocs).toBe(2)
    expect(person?.commendations.docs.map((notice) => notice.honorTitles)).toEqual([
      ['担当作为好干部'],
      ['优秀干部'],
    ])
    // Other awardees of the same notice are not carried along.
    expect(person?.commendations.docs[0]).not.toHaveProperty('awardees')
    expect(JSON.stringify(person)).not.toContain('赵大勇')
  })

  it('reads the Chinese where no English is written', async () => {
    const person = await personBySlug(await slugOf('consenting'), 'en')
    expect(person?.position).toBe('村党支部书记')
  })
})

describe('an official without a page', () => {
  it('is not found by the permalink the system knows, when they did not consent', async () => {
    expect(await personBySlug(await slugOf('private'), 'zh')).toBeNull()
  })

  it('is not found while still a draft, or by a permalink nobody has', async () => {
    expect(await personBySlug(await slugOf('draftPerson'), 'zh')).toBeNull()
    expect(await personBySlug('no-such-person', 'zh')).toBeNull()
  })

  it('loses the page when consent is withdrawn', async () => {
    const slug = await slugOf('laterWithdraws')
    expect(await personBySlug(slug, 'zh')).toMatchObject({ name: '周改意' })
    await payload.update({
      collection: 'people',
      id: ids.laterWithdraws as number,
      data: { consent: false },
      overrideAccess: true,
    })
    expect(await personBySlug(slug, 'zh')).toBeNull()
  })
})

describe("a person's preview", () => {
  const as = (user: Staff[keyof Staff]) =>
    ({ overrideAccess: false, draft: true, user: user as never }) as const

  it('shows an editor the latest draft while the public keeps the published page', async () => {
    await payload.update({
      collection: 'people',
      id: ids.consenting as number,
      draft: true,
      data: { position: '镇党委副书记' },
      overrideAccess: true,
    })
    const slug = await slugOf('consenting')
    expect((await personBySlug(slug, 'zh'))?.position).toBe('村党支部书记')
    expect((await personBySlug(slug, 'zh', as(staff.editor)))?.position).toBe('镇党委副书记')
  })

  it('opens a consenting draft for an editor, not for an expert', async () => {
    const slug = await slugOf('draftPerson')
    expect(await personBySlug(slug, 'zh', as(staff.editor))).toMatchObject({ name: '钱未发' })
    expect(await personBySlug(slug, 'zh', as(staff.expert))).toBeNull()
  })

  it('gives no page even in preview to someone who did not consent', async () => {
    expect(await personBySlug(await slugOf('private'), 'zh', as(staff.editor))).toBeNull()
  })
})
