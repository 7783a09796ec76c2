// Journey: a reader opens the column on a phone, a tablet and a desktop, in both languages. No
// page of any template scrolls sideways at 320, 390 or 1280 px; the menu opens without
// JavaScript and by keyboard; the awardees become cards on a phone. Screenshots of the main
// templates are written to test-results/screenshots/ for a reviewer to look at.
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, newPage, rest } from './browser'
import { notFoundTemplates, publicTemplates } from './templates'

const WIDTHS = [320, 390, 1280]
const SCREENSHOT_WIDTHS = [390, 1280]
const SCREENSHOT_TEMPLATES = ['home', 'notice', 'advanced model', 'honor roll', 'search results']
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')

let browser: Browser
const templates: Record<string, string> = {}

beforeAll(async () => {
  browser = await launchBrowser()
  Object.assign(templates, await publicTemplates())
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
})

/** The page's sideways overflow, naming the element that reaches furthest right; else null. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const scrolling = document.scrollingElement ?? document.documentElement
    if (scrolling.scrollWidth <= window.innerWidth) return null
    let widest: Element | null = null
    let right = 0
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect()
      if (box.width > 0 && box.right > right) [widest, right] = [element, box.right]
    }
    const name = widest
      ? `<${widest.tagName.toLowerCase()}${widest.id ? `#${widest.id}` : ''}${
          widest.classList.length ? `.${[...widest.classList].join('.')}` : ''
        }> "${(widest.textContent ?? '').trim().slice(0, 40)}"`
      : 'unknown'
    return `${scrolling.scrollWidth}px wide in ${window.innerWidth}px; widest: ${name} (right edge ${Math.round(right)}px)`
  })

const shotName = (locale: string, template: string, width: number) =>
  path.join(SCREENSHOTS, `${locale}-${template.replaceAll(' ', '-')}-${width}.png`)

describe.each(['zh', 'en'] as const)('every public template in %s', (locale) => {
  it.each(WIDTHS)(
    'fits a %i px wide screen without scrolling sideways',
    async (width) => {
      const page = await newPage(browser, { viewport: { width, height: 800 } })
      const problems: string[] = []
      for (const [template, address] of Object.entries(templates)) {
        const response = await page.goto(`/${locale}${address}`)
        const expected = notFoundTemplates.has(template) ? 404 : 200
        if (response?.status() !== expected) {
          problems.push(`${template}: answered ${response?.status()}`)
          continue
        }
        const wide = await overflow(page)
        if (wide) problems.push(`${template} (/${locale}${address}): ${wide}`)
        if (SCREENSHOT_WIDTHS.includes(width) && SCREENSHOT_TEMPLATES.includes(template)) {
          await page.screenshot({ path: shotName(locale, template, width), fullPage: true })
        }
      }
      expect(problems, problems.join('\n')).toEqual([])
      await page.context().close()
    },
    300_000,
  )
})

describe('the masthead on a phone', () => {
  it('opens its menu without JavaScript and leads to a section', async () => {
    const page = await newPage(browser, {
      viewport: { width: 390, height: 800 },
      javaScriptEnabled: false,
    })
    await page.goto('/zh')
    const menu = page.locator('details.site-menu')
    expect(await page.locator('.site-nav').isVisible()).toBe(false)
    expect(await menu.getByRole('link', { name: '光荣榜' }).isVisible()).toBe(false)
    await menu.locator('summary').click()
    await menu.getByRole('link', { name: '光荣榜' }).click()
    await page.waitForURL(/\/zh\/honor-roll$/)
    expect(await page.locator('h1').innerText()).toBe('光荣榜')
    // Without JavaScript no reading-mode switch is offered that could not work.
    expect(await page.getByRole('button', { name: '大字' }).isVisible()).toBe(false)
    await page.context().close()
  })

  it('opens its menu by keyboard, and names the search and the ways to take part', async () => {
    const page = await newPage(browser, { viewport: { width: 320, height: 700 } })
    await page.goto('/en')
    await page.locator('details.site-menu summary').focus()
    await page.keyboard.press('Enter')
    const menu = page.getByRole('navigation', { name: 'Main navigation' })
    for (const name of ['Home', 'Honor roll', 'Recommend a model', 'Subscribe']) {
      expect(await menu.getByRole('link', { name }).isVisible(), name).toBe(true)
    }
    expect(await page.locator('a.search-icon').getAttribute('href')).toBe('/en/search')
    await page.context().close()
  })

  it('shows the awardees of a notice as cards, one below the other', async () => {
    // A demo notice with several awardees (other browser tests add newer notices with one).
    const { data } = await rest('GET', '/commendations?limit=100&depth=0')
    const notice = (data.docs as { slug: string; awardees?: unknown[] }[]).find(
      (doc) => (doc.awardees?.length ?? 0) > 1,
    )
    const page = await newPage(browser, { viewport: { width: 390, height: 800 } })
    await page.goto(`/zh/commendations/${notice!.slug}`)
    const rows = page.locator('.awardee-cards tbody tr')
    expect(await rows.count()).toBeGreaterThan(1)
    const [first, second] = [await rows.nth(0).boundingBox(), await rows.nth(1).boundingBox()]
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height)
    expect(first!.width).toBeLessThanOrEqual(390)
    await page.context().close()
  })
})
