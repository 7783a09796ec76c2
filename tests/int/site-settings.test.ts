// The column's identity (district, column name, emblem, footer facts) is one global: the public
// reads it in both languages, only an administrator changes it, and the demo seed fills it with
// fictional values.
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteSettings } from '@/data/siteSettings'
import { demoSiteSettings, seedSiteSettings } from '@/seed/demo/siteSettings'

import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  const req = await createLocalReq({ context: { seeding: true } }, payload)
  await seedSiteSettings({ payload, req, password: 'unused' })
}, 120_000)
afterAll(closePayload)

const update = (user: Staff[keyof Staff], data: Record<string, unknown>) =>
  payload.updateGlobal({
    slug: 'site-settings',
    locale: 'zh',
    data,
    user,
    overrideAccess: false,
  })

describe('the public reads the site settings', () => {
  it('in Chinese: the seed’s district, sponsor, contact and registration numbers', async () => {
    const settings = await siteSettings('zh')
    expect(settings).toMatchObject({ ...demoSiteSettings.zh, ...demoSiteSettings.shared })
  })

  it('in English: the English names, the same numbers', async () => {
    const settings = await siteSettings('en')
    expect(settings).toMatchObject({ ...demoSiteSettings.en, ...demoSiteSettings.shared })
  })

  it('with the emblem as an image record the masthead can draw, with its alt text', async () => {
    const { emblem } = await siteSettings('zh')
    expect(emblem?.url).toMatch(/district-emblem/)
    expect(emblem?.alt).toBe('云岭区徽标')
    expect(emblem?.width).toBe(512)
    // The masthead draws it at 40–56 px from its small mark: whole, at most 112 px, a few KB.
    expect(emblem?.sizes?.mark).toMatchObject({ width: 112, height: 112, mimeType: 'image/webp' })
    expect(emblem?.sizes?.mark?.filesize).toBeLessThan(8_000)
  })
})

describe('only an administrator changes the site settings', () => {
  it('an administrator changes the telephone number', async () => {
    await update(staff.admin, { telephone: '0000-87654321' })
    expect((await siteSettings('zh')).telephone).toBe('0000-87654321')
  })

  it.each(['editor', 'expert'] as const)('an %s is refused and nothing changes', async (role) => {
    const before = await siteSettings('zh')
    await expect(update(staff[role], { district: '别的区' })).rejects.toMatchObject({
      status: 403,
    })
    expect((await siteSettings('zh')).district).toBe(before.district)
  })

  it('the public (no user) is refused', async () => {
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { district: '别的区' },
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('a registration link that is not a web address is refused with a readable reason', async () => {
    const error = await update(staff.admin, { publicSecurityLink: 'javascript:alert(1)' }).catch(
      (refusal: unknown) => refusal,
    )
    expect(error).toMatchObject({ status: 400 })
    expect((error as { data: { errors: unknown[] } }).data.errors).toEqual([
      expect.objectContaining({
        path: 'publicSecurityLink',
        message: expect.stringMatching(/http:\/\/ or https:\/\//),
      }),
    ])
    expect((await siteSettings('zh')).publicSecurityLink).toBe(
      demoSiteSettings.shared.publicSecurityLink,
    )
  })
})
