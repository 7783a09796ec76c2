// The data behind interpretation bylines and expert profiles, as a reader meets it: an article is
// signed with its author's public profile, a profile lists only the published, listed articles
// under it, and neither ever shows the sign-in account behind the byline.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expertBySlug, expertIndex } from '@/data/experts'
import { interpretationBySlug, interpretationList } from '@/data/interpretations'

import { closePayload, testPayload } from '../helpers/payload'
import { pngFile, sampleData } from '../helpers/samples'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
const slugs: Record<string, string> = {}
const ids: Record<string, number> = {}

const profile = async (
  key: string,
  data: Record<string, unknown>,
  status: 'draft' | 'published' = 'published',
) => {
  const doc = await payload.create({
    collection: 'experts',
    data: { ...data, _status: status } as never,
    draft: status === 'draft',
    overrideAccess: true,
  })
  ids[key] = doc.id
  slugs[key] = String(doc.slug)
}

const article = async (
  key: string,
  author: number,
  data: Record<string, unknown> = {},
  status: 'draft' | 'published' = 'published',
) => {
  const refs = { unit: 0, expert: author }
  const doc = await payload.create({
    collection: 'interpretations',
    data: { ...sampleData('interpretations', refs), ...data, _status: status } as never,
    draft: status === 'draft',
    overrideAccess: true,
  })
  ids[key] = doc.id
  slugs[key] = String(doc.slug)
}

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  const photo = await payload.create({
    collection: 'media',
    data: { alt: '周明远教授' },
    file: await pngFile('zhou.png'),
    overrideAccess: true,
  })
  await profile('zhou', {
    name: '周明远',
    title: '教授',
    affiliation: '省委党校',
    credentials: '法学博士。',
    bio: '长期研究干部制度。',
    photo: photo.id,
    account: staff.expert.id,
  })
  // The other expert's profile is still a draft: no byline, no page, not in the index.
  await profile('lin', { name: '林淑华', account: staff.otherExpert.id }, 'draft')

  await article('signed', staff.expert.id)
  await article('older', staff.expert.id, { title: '较早的解读' })
  await article('draft', staff.expert.id, {}, 'draft')
  await article('withdrawn', staff.expert.id)
  await payload.update({
    collection: 'interpretations',
    id: ids.withdrawn as number,
    data: { reviewState: 'withdrawn', withdrawal: { reason: '已有新解读。' } } as never,
    overrideAccess: true,
  })
  await article('unsigned', staff.otherExpert.id)
}, 300_000)
afterAll(closePayload)

describe('a reader of an interpretation', () => {
  it('sees the byline of the author’s public profile, never the account behind it', async () => {
    const seen = await interpretationBySlug(slugs.signed as string, 'zh')
    expect(seen?.expert).toMatchObject({
      name: '周明远',
      slug: slugs.zhou,
      title: '教授',
      affiliation: '省委党校',
      credentials: '法学博士。',
    })
    expect(seen?.expert).not.toHaveProperty('account')
    expect(seen).not.toHaveProperty('author')
    expect(JSON.stringify(seen)).not.toContain('expert@test.local')
  })

  it('sees no byline while the author’s profile is unpublished', async () => {
    const seen = await interpretationBySlug(slugs.unsigned as string, 'zh')
    expect(seen).not.toBeNull()
    expect(typeof seen?.expert === 'object' && seen.expert !== null).toBe(false)
    expect(JSON.stringify(seen)).not.toContain('林淑华')
  })

  it('finds the expert’s name on each article of the list', async () => {
    const { docs } = await interpretationList({ locale: 'zh' })
    const signed = docs.find((doc) => doc.slug === slugs.signed)
    expect(signed?.expert).toEqual({ id: ids.zhou, name: '周明远', slug: slugs.zhou })
  })
})

describe('a reader of an expert’s profile', () => {
  it('reads the profile with its photo and the expert’s listed articles, newest first', async () => {
    const seen = await expertBySlug(slugs.zhou as string, 'en')
    expect(seen).toMatchObject({
      name: '周明远',
      credentials: '法学博士。',
      bio: '长期研究干部制度。',
    })
    expect(seen?.photo).toMatchObject({
      url: expect.stringMatching(/zhou\.png$/),
      alt: '周明远教授',
      width: 800,
      height: 600,
    })
    expect(seen?.interpretations.map((doc) => doc.slug)).toEqual([slugs.older, slugs.signed])
    expect(seen).not.toHaveProperty('account')
  })

  it('finds no page for an unpublished profile, and the index lists published ones only', async () => {
    expect(await expertBySlug(slugs.lin as string, 'zh')).toBeNull()
    expect(await expertBySlug('no-such-expert', 'zh')).toBeNull()
    expect((await expertIndex('zh')).map((expert) => expert.name)).toEqual(['周明远'])
  })
})
