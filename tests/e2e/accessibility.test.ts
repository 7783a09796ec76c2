// Every page template of the public site, in both languages and in each reading mode (normal,
// large text, high contrast), as axe sees it against WCAG 2.2 AA: no violations, one main
// landmark, a skip link that leads to it, and the page's language set.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { READING_MODE_KEY, readingModeClasses } from '@/components/layout/readingModeScript'

import { axeViolations, launchBrowser, newPage } from './browser'
import { notFoundTemplates, publicTemplates } from './templates'

let browser: Browser
const templates: Record<string, string> = {}

beforeAll(async () => {
  browser = await launchBrowser()
  Object.assign(templates, await publicTemplates())
})

afterAll(async () => {
  await browser?.close()
})

const modes = { normal: {}, 'large text': { large: true }, 'high contrast': { contrast: true } }

describe.each(
  (['zh', 'en'] as const).flatMap((locale) =>
    Object.keys(modes).map((mode) => [locale, mode as keyof typeof modes] as const),
  ),
)('every page template in %s, %s', (locale, mode) => {
  it('has no WCAG 2.2 AA violations axe can find, a main landmark and a working skip link', async () => {
    const page = await newPage(browser)
    // The reader switched the mode on earlier: the page's script finds it in local storage.
    await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      READING_MODE_KEY,
      JSON.stringify(modes[mode]),
    ] as const)
    const problems: string[] = []
    for (const [template, path] of Object.entries(templates)) {
      const response = await page.goto(`/${locale}${path}`)
      const expected = notFoundTemplates.has(template) ? 404 : 200
      if (response?.status() !== expected) {
        problems.push(`${template} (/${locale}${path}): answered ${response?.status()}`)
        continue
      }
      expect(await page.locator('html').getAttribute('lang')).toBe(locale === 'zh' ? 'zh-CN' : 'en')
      for (const [name, on] of Object.entries(readingModeClasses)) {
        const wanted = Boolean((modes[mode] as Record<string, boolean>)[name])
        expect(await page.locator(`html.${on}`).count(), `${template}: ${on}`).toBe(wanted ? 1 : 0)
      }
      expect(await page.locator('main').count(), template).toBe(1)
      expect(await page.locator('h1').count(), template).toBe(1)
      for (const violation of await axeViolations(page)) problems.push(`${template}: ${violation}`)
      await page.keyboard.press('Tab')
      const skip = page.locator('a.skip-link')
      expect(await skip.evaluate((link) => link === document.activeElement), template).toBe(true)
    }
    expect(problems, problems.join('\n')).toEqual([])
    await page.context().close()
    // Two dozen templates, each rendered for the first time and then run through axe.
  }, 300_000)
})
