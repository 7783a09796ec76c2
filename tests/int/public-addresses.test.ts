// What the public site promises about addresses and bylines: an expert's article is signed with
// their public profile (never their account), a changed slug leaves its old address pointing at
// the document, and the feeds carry only what is listed.
import { XMLParser } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { feedEntries } from '@/data/feeds'
import { movedTo } from '@/data/redirects'
import { buildFeed } from '@/lib/feeds/buildFeed'

import { closePayload, testPayload } from '../helpers/payload'
import { sampleData } from '../helpers/samples'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let unit: number

const asUser = (user: Staff[keyof Staff]) => ({ user, overrideAccess: false }) as const

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  unit = (
    await payload.create({
      collection: 'units',
      data: { ...sampleData('units', { unit: 0, expert: 0 }), _status: 'published' } as never,
      overrideAccess: true,
    })
  ).id
})

afterAll(closePayload)

describe('an expert writes under their public profile', () => {
  it('signs a new interpretation with the profile linked to the author account', async () => {
    const profile = await payload.create({
      collection: 'experts',
      data: {
        name: '王教授',
        credentials: '管理学博士',
        account: staff.expert.id,
        _status: 'published',
      },
      ...asUser(staff.editor),
    })
    const article = await payload.create({
      collection: 'interpretations',
      data: {
        ...sampleData('interpretations', { unit, expert: staff.expert.id }),
        author: staff.expert.id,
      } as never,
      draft: true,
      ...asUser(staff.expert),
    })
    expect(article.expert).toMatchObject({ id: profile.id })
  })

  it('shows the public the profile but never the account behind it', async () => {
    const { docs } = await payload.find({
      collection: 'experts',
      overrideAccess: false,
      where: { name: { equals: '王教授' } },
    })
    expect(docs[0]).toMatchObject({ name: '王教授', credentials: '管理学博士' })
    expect(docs[0]).not.toHaveProperty('account')
    const byAccount = await payload
      .find({
        collection: 'experts',
        overrideAccess: false,
        where: { account: { equals: staff.expert.id } },
      })
      .then(
        () => 'answered',
        (error: { status?: number }) => error.status,
      )
    expect(byAccount).toBe(400)
  })

  it('keeps unpublished profiles from the public', async () => {
    await payload.create({
      collection: 'experts',
      data: { name: '未公开专家', _status: 'draft' },
      draft: true,
      ...asUser(staff.editor),
    })
    const { totalDocs } = await payload.count({
      collection: 'experts',
      overrideAccess: false,
      where: { name: { equals: '未公开专家' } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('a changed slug keeps its old address', () => {
  it('points the old address at the document, and follows a second change too', async () => {
    const notice = await payload.create({
      collection: 'commendations',
      data: {
        ...sampleData('commendations', { unit, expert: 0 }),
        slug: 'old-address',
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'commendations',
      id: notice.id,
      data: { slug: 'new-address' },
      ...asUser(staff.editor),
    })
    expect(await movedTo('/commendations/old-address')).toBe('/commendations/new-address')
    await payload.update({
      collection: 'commendations',
      id: notice.id,
      data: { slug: 'newest-address' },
      ...asUser(staff.editor),
    })
    expect(await movedTo('/commendations/old-address')).toBe('/commendations/newest-address')
    expect(await movedTo('/commendations/new-address')).toBe('/commendations/newest-address')
    expect(await movedTo('/commendations/newest-address')).toBeNull()
  })

  it('stops redirecting an address that a document takes back', async () => {
    const { docs } = await payload.find({
      collection: 'commendations',
      where: { slug: { equals: 'newest-address' } },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'commendations',
      id: docs[0]!.id,
      data: { slug: 'old-address' },
      ...asUser(staff.editor),
    })
    expect(await movedTo('/commendations/old-address')).toBeNull()
    expect(await movedTo('/commendations/newest-address')).toBe('/commendations/old-address')
  })

  it('does not lead the public to a document that is no longer published', async () => {
    const { docs } = await payload.find({
      collection: 'commendations',
      where: { slug: { equals: 'old-address' } },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'commendations',
      id: docs[0]!.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect(await movedTo('/commendations/newest-address')).toBeNull()
  })

  it('refuses redirects made by anyone but editors', async () => {
    const attempt = await payload
      .create({
        collection: 'redirects',
        data: { from: '/commendations/x', to: { type: 'custom', url: 'https://example.org' } },
        ...asUser(staff.expert),
      })
      .then(
        () => 'created',
        (error: { status?: number }) => error.status,
      )
    expect(attempt).toBe(403)
  })
})

describe('the feeds', () => {
  it('carry listed, published items only, newest first, with their public addresses', async () => {
    const published = await payload.create({
      collection: 'model-stories',
      data: {
        ...sampleData('model-stories', { unit, expert: 0 }),
        title: '订阅可见的案例',
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'model-stories',
      data: {
        ...sampleData('model-stories', { unit, expert: 0 }),
        title: '草稿案例',
        _status: 'draft',
      } as never,
      draft: true,
      overrideAccess: true,
    })
    const entries = await feedEntries('all', 'zh')
    const titles = entries.map((entry) => entry.title)
    expect(titles).toContain('订阅可见的案例')
    expect(titles).not.toContain('草稿案例')
    expect(entries.find((entry) => entry.title === '订阅可见的案例')?.path).toBe(
      `/model-stories/${published.slug}`,
    )
    const dates = entries.map((entry) => entry.date)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(
      (await feedEntries('policies', 'zh')).every((entry) => entry.section === 'policies'),
    ).toBe(true)
  })

  it('write RSS 2.0 and Atom with every element the formats require, links absolute', async () => {
    const feed = buildFeed('en', 'model-stories', await feedEntries('model-stories', 'en'))
    const parser = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['item', 'entry'].includes(name),
    })
    const { rss } = parser.parse(feed.rss2())
    expect(rss['@_version']).toBe('2.0')
    expect(rss.channel).toMatchObject({
      title: expect.any(String),
      description: expect.any(String),
    })
    expect(rss.channel.link).toBe('http://localhost:3000/en')
    expect(rss.channel.item.length).toBeGreaterThan(0)
    for (const item of rss.channel.item) {
      expect(item.title).toEqual(expect.any(String))
      expect(item.link).toMatch(/^http:\/\/localhost:3000\/en\/model-stories\/.+/)
      expect(new Date(item.pubDate).getTime()).not.toBeNaN()
    }
    const { feed: atom } = parser.parse(feed.atom1())
    expect(atom['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(atom).toMatchObject({ id: expect.any(String), title: expect.any(String) })
    expect(new Date(atom.updated).getTime()).not.toBeNaN()
    for (const entry of atom.entry) {
      expect(entry).toMatchObject({ id: expect.stringMatching(/^http/), title: expect.anything() })
      expect(new Date(entry.updated).getTime()).not.toBeNaN()
      expect(entry.link['@_href']).toMatch(/^http:\/\/localhost:3000\/en\//)
    }
  })
})
