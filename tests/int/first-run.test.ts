// What `npm start` does to a new database: the operator's administrator, then demo content that
// the public can read at once, and nothing twice when the server restarts.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import { prepareDatabase } from '@/seed/prepare'

import { login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'

let payload: Payload
const publicCount = async (
  collection: 'units' | 'commendations' | 'model-stories' | 'interpretations' | 'policies',
  where = {},
) => (await payload.count({ collection, where, overrideAccess: false })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  process.env.LAUREL_ADMIN_EMAIL = 'chief@district.example'
  process.env.LAUREL_ADMIN_PASSWORD = 'a-strong-admin-password'
  process.env.LAUREL_SEED_DEMO = 'true'
  await prepareDatabase(payload)
}, 300_000)
afterAll(async () => {
  process.env.LAUREL_SEED_DEMO = 'false'
  await closePayload()
})

describe('a first start on an empty database', () => {
  it('creates the administrator named in the environment', async () => {
    const [chief] = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'chief@district.example' } },
      })
    ).docs
    expect(chief?.roles).toEqual(['admin'])
    expect(await login('chief@district.example', 'a-strong-admin-password')).toBeTruthy()
  })

  it('seeds demo accounts that sign in with the demo password', async () => {
    for (const email of ['admin@laurel.local', 'editor@laurel.local', 'expert@laurel.local']) {
      expect(await login(email, 'laurel-demo-2026')).toBeTruthy()
    }
  })

  it('publishes the district: 29 town offices, a dozen departments, graded 2024 to 2026', async () => {
    expect(await publicCount('units', { kind: { equals: 'town-office' } })).toBe(29)
    expect(await publicCount('units', { kind: { equals: 'department' } })).toBeGreaterThanOrEqual(
      12,
    )
    const { docs } = await payload.find({ collection: 'units', limit: 100, overrideAccess: false })
    for (const unit of docs) {
      expect(unit.grades?.map((row) => row.year).sort()).toEqual([2024, 2025, 2026])
    }
  })

  it('publishes notices with awardees, stories of both kinds, interpretations and policies', async () => {
    expect(await publicCount('commendations')).toBeGreaterThanOrEqual(6)
    expect(
      await publicCount('model-stories', { polarity: { equals: 'positive' } }),
    ).toBeGreaterThanOrEqual(6)
    expect(
      await publicCount('model-stories', { polarity: { equals: 'negative' } }),
    ).toBeGreaterThanOrEqual(3)
    expect(await publicCount('interpretations')).toBeGreaterThanOrEqual(4)
    expect(await publicCount('policies')).toBeGreaterThanOrEqual(2)
    const { docs } = await payload.find({
      collection: 'commendations',
      depth: 1,
      overrideAccess: false,
    })
    for (const notice of docs) {
      expect(notice.awardees.length).toBeGreaterThan(0)
      expect(notice.attachment).toMatchObject({
        mimeType: 'application/pdf',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      })
    }
  })

  it('gives every story a 16:9 picture and every consenting person a 3:4 portrait, none to others', async () => {
    const stories = await payload.find({
      collection: 'model-stories',
      depth: 1,
      limit: 100,
      overrideAccess: false,
    })
    for (const story of stories.docs) {
      const image = story.image as Media
      expect(image.alt).toBeTruthy()
      expect(image.sizes?.landscape).toMatchObject({ width: 960, height: 540 })
    }
    const people = await payload.find({
      collection: 'people',
      depth: 1,
      limit: 100,
      overrideAccess: false,
    })
    const consenting = people.docs.filter((person) => person.consent)
    expect(consenting.length).toBeGreaterThan(0)
    for (const person of consenting) {
      expect((person.photo as Media).sizes?.portrait).toMatchObject({ width: 480, height: 640 })
    }
    for (const person of people.docs.filter((one) => !one.consent)) {
      expect(person.photo ?? null).toBeNull()
    }
  })

  it('fills the site settings with the fictional district and its emblem', async () => {
    const settings = await payload.findGlobal({
      slug: 'site-settings',
      locale: 'zh',
      depth: 1,
      overrideAccess: false,
    })
    expect(settings).toMatchObject({ district: '云岭区', icpNumber: expect.stringMatching(/ICP/) })
    expect((settings.emblem as Media).alt).toBe('云岭区徽标')
  })

  it('writes English alongside Chinese', async () => {
    const [zh] = (
      await payload.find({ collection: 'commendations', locale: 'zh', sort: 'id', limit: 1 })
    ).docs
    const [en] = (
      await payload.find({ collection: 'commendations', locale: 'en', sort: 'id', limit: 1 })
    ).docs
    expect(zh?.title).toMatch(/[\u4e00-\u9fff]/)
    expect(en?.title).toMatch(/^[\x20-\x7e]+$/)
    expect(en?.awardees[0]?.honorTitle).not.toBe(zh?.awardees[0]?.honorTitle)
  })

  it('does not seed again on the next start', async () => {
    const before = await publicCount('commendations')
    await prepareDatabase(payload)
    expect(await publicCount('commendations')).toBe(before)
    expect(
      (
        await payload.count({
          collection: 'users',
          where: { email: { equals: 'admin@laurel.local' } },
        })
      ).totalDocs,
    ).toBe(1)
  })
})
