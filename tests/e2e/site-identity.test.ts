// Journey: the column says whose it is. The masthead carries the district's emblem and name, the
// footer the sponsor, the contact and the registration numbers; an administrator changes them
// in the admin and the next reader sees the change; an editor cannot.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, launchBrowser, newPage, rest, restLogin } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('a reader sees whose column this is', () => {
  it.each([
    ['zh', '云岭区', '中共云岭区委组织部'],
    ['en', 'Yunling District', 'Organisation Department of the CPC Yunling District Committee'],
  ])(
    'in %s: emblem and district in the masthead, sponsor and records in the footer',
    async (locale, district, sponsor) => {
      const page = await newPage(browser, { viewport: { width: 390, height: 800 } })
      await page.goto(`/${locale}`)
      const masthead = page.locator('.masthead')
      expect(await masthead.locator('.site-district').innerText()).toBe(district)
      // Loaded, and from its 112 px mark rather than the 512 px original.
      const emblem = masthead.locator('img.site-emblem')
      await expect
        .poll(() => emblem.evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBe(112)
      const footer = page.locator('footer.site-footer')
      expect(await footer.innerText()).toContain(sponsor)
      expect(await footer.innerText()).toContain('云ICP备00000001号-1')
      expect(
        await footer
          .getByRole('link', { name: '云公网安备 00000000000001号' })
          .getAttribute('href'),
      ).toMatch(/^https:\/\/beian\.mps\.gov\.cn\//)
      await page.context().close()
    },
  )
})

describe('an administrator keeps the site settings', () => {
  it('changes the telephone in the admin, and the next reader sees the new number', async () => {
    const page = await newPage(browser)
    page.setDefaultTimeout(30_000)
    await page.goto('/admin')
    await page.waitForURL(/\/admin\/login/)
    await page.locator('#field-email').fill('admin@laurel.local')
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.locator('form button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin')
    await page.goto('/admin/globals/site-settings')
    const telephone = page.locator('#field-telephone')
    await telephone.fill('0000-55556666')
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await rest('GET', '/globals/site-settings?locale=zh')).data.telephone)
      .toBe('0000-55556666')

    const reader = await newPage(browser)
    await reader.goto('/zh')
    expect(await reader.locator('footer.site-footer').innerText()).toContain('0000-55556666')
    await reader.context().close()
    await page.context().close()

    const token = await restLogin('admin@laurel.local')
    const restored = await rest('POST', '/globals/site-settings?locale=zh', {
      token,
      json: { telephone: '0000-12345678' },
    })
    expect(restored.status).toBe(200)
  })

  it('an editor is refused and nothing changes', async () => {
    const token = await restLogin('editor@laurel.local')
    const refused = await rest('POST', '/globals/site-settings?locale=zh', {
      token,
      json: { district: '别的区' },
    })
    expect(refused.status).toBe(403)
    expect((await rest('GET', '/globals/site-settings?locale=zh')).data.district).toBe('云岭区')
  })
})
