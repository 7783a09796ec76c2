// What the sitemap offers search engines: every published, listed page once, with the time it
// last changed, and never a draft, a withdrawn item or a person who did not consent.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sitemapChunk, sitemapEntries, type SitemapCollection } from '@/data/sitemap'

import { closePayload, testPayload } from '../helpers/payload'
import { sampleData, type ContentSlug } from '../helpers/samples'
import { createStaff } from '../helpers/staff'

let payload: Payload
let refs: { unit: number; expert: number }
const ids: Record<string, number> = {}
const slugs: Record<string, string> = {}
const updated: Record<string, string> = {}

const create = async (
  collection: ContentSlug,
  key: string,
  data: Record<string, unknown> = {},
  status: 'draft' | 'published' = 'published',
) => {
  const doc = await payload.create({
    collection,
    data: { ...sampleData(collection, refs), ...data, _status: status } as never,
    draft: status === 'draft',
    overrideAccess: true,
  })
  ids[key] = doc.id
  // Read as the system: the slug of a person without consent exists, the public just cannot see it.
  const stored = await payload.findByID({
    collection,
    id: doc.id,
    overrideAccess: true,
    draft: true,
  })
  slugs[key] = String((stored as { slug?: string | null }).slug)
  updated[key] = stored.updatedAt
  return doc
}

const createExpert = async (key: string, name: string, status: 'draft' | 'published') => {
  const doc = await payload.create({
    collection: 'experts',
    data: { name, _status: status },
    draft: status === 'draft',
    overrideAccess: true,
  })
  ids[key] = doc.id
  slugs[key] = String(doc.slug)
  updated[key] = doc.updatedAt
}

const withdraw = async (collection: ContentSlug, key: string) => {
  const doc = await payload.update({
    collection,
    id: ids[key] as number,
    data: { reviewState: 'withdrawn', withdrawal: { reason: '内容有误。' } } as never,
    overrideAccess: true,
  })
  updated[key] = doc.updatedAt
}

beforeAll(async () => {
  payload = await testPayload()
  const staff = await createStaff(payload)
  refs = { unit: 0, expert: staff.expert.id }
  await create('units', 'unit')
  refs.unit = ids.unit as number
  await create('units', 'draftUnit', {}, 'draft')
  await create('people', 'consenting', { consent: true })
  await create('people', 'private', { name: '赵大勇', consent: false })
  await create('people', 'draftPerson', { consent: true }, 'draft')
  await create('commendations', 'of2025', { assessmentYear: 2025 })
  await create('commendations', 'of2024', { assessmentYear: 2024 })
  await create('commendations', 'withdrawn', { assessmentYear: 2023 })
  await withdraw('commendations', 'withdrawn')
  await create('commendations', 'draft', { assessmentYear: 2022 }, 'draft')
  await create('model-stories', 'story')
  await create('model-stories', 'draftStory', {}, 'draft')
  await create('model-stories', 'withdrawnStory')
  await withdraw('model-stories', 'withdrawnStory')
  await create('policies', 'policy')
  await create('policies', 'draftPolicy', {}, 'draft')
  await create('interpretations', 'reading')
  await create('interpretations', 'withdrawnReading')
  await withdraw('interpretations', 'withdrawnReading')
  await createExpert('expert', '刘教授', 'published')
  await createExpert('draftExpert', '未发布专家', 'draft')
}, 300_000)
afterAll(closePayload)

const paths = async () => (await sitemapEntries()).map((entry) => entry.path)

describe('the sitemap', () => {
  it('lists the home page, each section, the honor roll and every published document', async () => {
    expect(await paths()).toEqual([
      '/',
      '/commendations',
      '/model-stories',
      '/interpretations',
      '/policies',
      '/units',
      '/honor-roll',
      '/honor-roll/2025',
      '/honor-roll/2024',
      `/commendations/${slugs.of2025}`,
      `/commendations/${slugs.of2024}`,
      `/model-stories/${slugs.story}`,
      `/interpretations/${slugs.reading}`,
      `/policies/${slugs.policy}`,
      `/units/${slugs.unit}`,
      `/people/${slugs.consenting}`,
      `/experts/${slugs.expert}`,
    ])
  })

  it('never offers drafts, withdrawn items or people without consent', async () => {
    const listed = (await paths()).join('\n')
    for (const key of [
      'draftUnit',
      'private',
      'draftPerson',
      'withdrawn',
      'draft',
      'draftStory',
      'withdrawnStory',
      'draftPolicy',
      'withdrawnReading',
      'draftExpert',
    ]) {
      expect(slugs[key], key).toMatch(/^[a-z0-9-]+$/)
      expect(listed, key).not.toContain(slugs[key])
    }
    expect(listed).not.toContain('/honor-roll/2023')
    expect(listed).not.toContain('/honor-roll/2022')
  })

  it('dates each page by its last change, and a list by its newest item', async () => {
    const entries = new Map(
      (await sitemapEntries()).map((entry) => [entry.path, entry.lastModified]),
    )
    expect(entries.get(`/commendations/${slugs.of2024}`)).toBe(updated.of2024)
    expect(entries.get(`/people/${slugs.consenting}`)).toBe(updated.consenting)
    expect(entries.get('/honor-roll/2024')).toBe(updated.of2024)
    expect(entries.get('/commendations')).toBe(updated.of2024)
    expect(entries.get('/units')).toBe(updated.unit)
    const newest = [updated.of2025, updated.of2024, updated.story, updated.policy, updated.reading]
      .sort()
      .at(-1)
    expect(entries.get('/')).toBe(newest)
  })

  it('reads only slugs and dates, a chunk at a time', async () => {
    const { rows, totalPages } = await sitemapChunk('commendations', 1)
    expect(totalPages).toBe(1)
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['assessmentYear', 'slug', 'updatedAt'])
    const people = await sitemapChunk('people', 1)
    expect(people.rows).toEqual([{ slug: slugs.consenting, updatedAt: updated.consenting }])
  })

  it('reads every chunk of a collection too large for one', async () => {
    const asked: string[] = []
    const entries = await sitemapEntries(async (collection: SitemapCollection, page: number) => {
      asked.push(`${collection}:${page}`)
      if (collection !== 'units') return { rows: [], totalPages: 0 }
      return {
        rows: [{ slug: `unit-${page}`, updatedAt: `2026-01-0${page}T00:00:00.000Z` }],
        totalPages: 3,
      }
    })
    expect(asked.filter((name) => name.startsWith('units:')).sort()).toEqual([
      'units:1',
      'units:2',
      'units:3',
    ])
    const units = entries.filter((entry) => entry.path.startsWith('/units/'))
    expect(units.map((entry) => entry.path)).toEqual([
      '/units/unit-1',
      '/units/unit-2',
      '/units/unit-3',
    ])
    expect(entries.find((entry) => entry.path === '/units')?.lastModified).toBe(
      '2026-01-03T00:00:00.000Z',
    )
    expect(entries.find((entry) => entry.path === '/')?.lastModified).toBeUndefined()
  })
})
