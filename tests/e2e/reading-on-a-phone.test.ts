// Journey: a reader opens the column on a phone, a tablet and a desktop, in both languages. No
// page of any template scrolls sideways at 320, 390 or 1280 px (nor at 320 px in larger text);
// the masthead keeps the column's name and its top bar legible on a phone; the menu opens without
// JavaScript and by keyboard; the awardees become cards on a phone. Screenshots of the main
// templates are written to test-results/screenshots/ for a reviewer to look at.
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { READING_MODE_KEY } from '@/components/layout/readingModeScript'

import { launchBrowser, newestSlug, newPage, rest } from './browser'
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

/** A Latin word inside `selector` that is split over two lines, if any. */
const brokenWord = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    for (const element of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const match of (text as Text).data.matchAll(/[A-Za-z]+/g)) {
          const range = document.createRange()
          range.setStart(text, match.index)
          range.setEnd(text, match.index + match[0].length)
          const tops = new Set([...range.getClientRects()].map((box) => Math.round(box.top)))
          if (tops.size > 1) return match[0]
        }
      }
    }
    return null
  }, selector)

/**
 * How the masthead is laid out: lines of the district and of the column's name, whether the
 * name runs under the search icon, rows of the top bar's controls and a label that wraps.
 */
const mastheadLines = (page: Page) =>
  page.evaluate(() => {
    const lines = (element: Element | null) => {
      if (!element) return 0
      const range = document.createRange()
      range.selectNodeContents(element)
      return new Set([...range.getClientRects()].map((box) => Math.round(box.bottom))).size
    }
    // The name's text may run out of its box: its line boxes must end before the search icon.
    const titles = document.createRange()
    titles.selectNodeContents(document.querySelector('.site-titles')!)
    const textRight = Math.max(...[...titles.getClientRects()].map((box) => box.right))
    const iconLeft = document.querySelector('.search-icon')!.getBoundingClientRect().left
    const controls = [...document.querySelectorAll('.top-bar button, .top-bar .language-switch')]
    const visible = controls.filter((control) => control.getBoundingClientRect().width > 0)
    const middle = (box: DOMRect) => Math.round((box.top + box.bottom) / 2)
    const rows = new Set(visible.map((control) => middle(control.getBoundingClientRect())))
    const wrapped = visible.find((control) => lines(control) > 1)
    return {
      district: lines(document.querySelector('.site-district')),
      name: lines(document.querySelector('.site-name')),
      underIcon: textRight > iconLeft,
      controlRows: rows.size,
      wrappedControl: wrapped?.textContent ?? null,
    }
  })

const shotName = (locale: string, template: string, width: number) =>
  path.join(SCREENSHOTS, `${locale}-${template.replaceAll(' ', '-')}-${width}.png`)

describe.each(['zh', 'en'] as const)('every public template in %s', (locale) => {
  // Larger text (适老化) makes every rem a quarter wider: the narrowest phone in it too.
  const cases: [number, 'normal' | 'larger'][] = [
    ...WIDTHS.map((width): [number, 'normal'] => [width, 'normal']),
    [320, 'larger'],
  ]
  it.each(cases)(
    'fits a %i px wide screen without scrolling sideways, in %s text',
    async (width, text) => {
      const page = await newPage(browser, { viewport: { width, height: 800 } })
      if (text === 'larger') {
        await page.addInitScript(
          ([key, value]) => localStorage.setItem(key!, value!),
          [READING_MODE_KEY, JSON.stringify({ large: true })],
        )
      }
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
        const broken = text === 'larger' ? await brokenWord(page, 'h1') : null
        if (broken) problems.push(`${template}: the heading breaks "${broken}" across lines`)
        const shoot = text === 'normal' && SCREENSHOT_WIDTHS.includes(width)
        if (shoot && SCREENSHOT_TEMPLATES.includes(template)) {
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

  it.each([320, 390])(
    'keeps the column name whole, clear of the icons, and the top bar on one row at %i px, in larger text too',
    async (width) => {
      const problems: string[] = []
      for (const locale of ['zh', 'en'] as const) {
        for (const stored of [{}, { large: true }]) {
          const page = await newPage(browser, { viewport: { width, height: 700 } })
          await page.addInitScript(
            ([key, value]) => localStorage.setItem(key!, value!),
            [READING_MODE_KEY, JSON.stringify(stored)],
          )
          await page.goto(`/${locale}`)
          const where = `${locale} ${JSON.stringify(stored)}`
          const shown = await mastheadLines(page)
          if (shown.district !== 1)
            problems.push(`${where}: the district takes ${shown.district} lines`)
          // 三项机制表彰宣传专栏 fits two lines; "Three Mechanisms Commendation Column" a word a line.
          if (shown.name > (locale === 'zh' ? 2 : 4))
            problems.push(`${where}: the column name takes ${shown.name} lines`)
          const broken = await brokenWord(page, '.site-titles')
          if (broken) problems.push(`${where}: a word is broken: "${broken}"`)
          if (shown.underIcon) problems.push(`${where}: the name runs under the search icon`)
          if (shown.controlRows !== 1)
            problems.push(`${where}: the top bar's controls take ${shown.controlRows} rows`)
          if (shown.wrappedControl) problems.push(`${where}: "${shown.wrappedControl}" wraps`)
          await page.context().close()
        }
      }
      expect(problems, problems.join('\n')).toEqual([])
    },
  )

  it('keeps each label of a notice’s facts on one line beside its value at 320 px', async () => {
    const page = await newPage(browser, { viewport: { width: 320, height: 700 } })
    for (const locale of ['zh', 'en']) {
      await page.goto(`/${locale}/commendations/${await newestSlug('commendations')}`)
      // Lines of the label's text (its box is stretched to its value's height).
      const labels = await page.locator('.notice-facts dt').evaluateAll((terms) =>
        terms.map((term) => {
          const text = document.createRange()
          text.selectNodeContents(term)
          const bottoms = [...text.getClientRects()].map((box) => Math.round(box.bottom))
          return { text: term.textContent, lines: new Set(bottoms).size }
        }),
      )
      expect(labels.length).toBeGreaterThan(3)
      expect(labels.filter(({ lines }) => lines > 1)).toEqual([])
    }
    await page.context().close()
  })

  it('puts each choice of the nomination form beside its button at 320 px', async () => {
    const page = await newPage(browser, { viewport: { width: 320, height: 700 } })
    for (const locale of ['zh', 'en']) {
      await page.goto(`/${locale}/nominate`)
      const choices = await page.locator('.form-choice').evaluateAll((rows) =>
        rows.map((row) => {
          const button = row.querySelector('input')!.getBoundingClientRect()
          const label = row.querySelector('label')!.getBoundingClientRect()
          return { beside: label.left >= button.right, sameLine: label.top < button.bottom }
        }),
      )
      expect(choices.length).toBeGreaterThan(1)
      expect(choices).toEqual(choices.map(() => ({ beside: true, sameLine: true })))
    }
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
