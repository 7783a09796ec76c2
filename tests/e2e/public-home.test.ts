// Journey: a reader opens the column's home page and sees the latest published notices, never drafts.
import { randomBytes } from 'node:crypto'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { strings } from '@/i18n/strings'

import { sampleData } from '../helpers/samples'
import { latestPublicCommendation, launchBrowser, newPage, rest, restLogin } from './browser'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const openHome = async (page: Page) => {
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
}

/** An editor saves a commendation notice as a draft through the REST API; returns its title. */
const createDraftAsEditor = async (): Promise<string> => {
  const token = await restLogin('editor@laurel.local')
  const units = await rest('GET', '/units?limit=1', { token })
  const [unit] = units.data.docs as { id: number }[]
  if (!unit) throw new Error('the demo seed created no unit')
  const title = `草稿通报${randomBytes(4).toString('hex')}`
  const json = {
    ...sampleData('commendations', { unit: unit.id, expert: 0 }),
    title,
    _status: 'draft',
  }
  const created = await rest('POST', '/commendations?draft=true', { token, json })
  expect(created.status, JSON.stringify(created.data)).toBe(201)
  // The draft exists: the editor reads it back.
  const doc = created.data.doc as { id: number }
  const readBack = await rest('GET', `/commendations/${doc.id}?draft=true`, { token })
  expect(readBack.data).toMatchObject({ title, _status: 'draft' })
  return title
}

describe('a reader opens the home page and sees the latest published notices', () => {
  it('shows a Chinese page with a heading and the newest published commendation', async () => {
    const expected = await latestPublicCommendation()
    const page = await newPage(browser)
    await openHome(page)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    await expect.poll(() => page.locator('h1').count()).toBe(1)
    expect(await page.getByText(expected, { exact: true }).isVisible()).toBe(true)
    await page.context().close()
  })

  it('does not show a notice an editor saved as a draft', async () => {
    const draftTitle = await createDraftAsEditor()
    const page = await newPage(browser)
    await openHome(page)
    expect(await page.locator('main').innerText()).not.toContain(draftTitle)
    // The published notices are still there: the page did not simply come up empty.
    expect(
      await page.getByText(await latestPublicCommendation(), { exact: true }).isVisible(),
    ).toBe(true)
    await page.context().close()
  })

  it('has no WCAG 2.2 AA violations that axe can detect', async () => {
    const page = await newPage(browser)
    await openHome(page)
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    const report = violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    )
    expect(violations, report.join('\n')).toEqual([])
    await page.context().close()
  })

  it('works without JavaScript', async () => {
    const expected = await latestPublicCommendation()
    const page = await newPage(browser, { javaScriptEnabled: false })
    await openHome(page)
    expect(await page.locator('h1').innerText()).not.toBe('')
    expect(await page.getByText(expected, { exact: true }).isVisible()).toBe(true)
    await page.context().close()
  })
})

describe('a reader follows an address the site does not have', () => {
  it.each([
    ['/zh/nope', 'zh-CN', strings.zh.notFoundTitle],
    ['/en/a/b/c', 'en', strings.en.notFoundTitle],
    ['/foo', 'zh-CN', strings.zh.notFoundTitle],
  ])(
    '%s answers 404 with the not-found page inside the site, without JavaScript',
    async (path, lang, title) => {
      const page = await newPage(browser, { javaScriptEnabled: false })
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      expect(await page.locator('html').getAttribute('lang')).toBe(lang)
      expect(await page.locator('h1').allInnerTexts()).toEqual([title])
      expect(await page.getByRole('banner').count()).toBe(1)
      // The breadcrumb home, the masthead's sections and the footer's site services.
      expect(await page.getByRole('navigation').count()).toBe(3)
      expect(await page.getByRole('contentinfo').count()).toBe(1)
      await page.context().close()
    },
  )
})
