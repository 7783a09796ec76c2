// A reader searching the column in Chinese: from the search box in the site header to marked
// results, narrowed by type, and on to the page found; the same with JavaScript turned off; and
// plain answers for a query too short to search.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, newPage } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('a reader searches in Chinese', () => {
  it('types two characters in the header, narrows to stories and opens one', async () => {
    const page = await newPage(browser)
    await page.goto('/zh/commendations')
    const box = page.getByRole('search', { name: '搜索本站' })
    await box.getByRole('searchbox').fill('容错')
    await box.getByRole('button', { name: '搜索' }).click()
    await page.waitForURL(/\/zh\/search\?q=/)
    expect(await page.locator('h1').innerText()).toBe('站内搜索')
    expect(await page.getByRole('status').innerText()).toMatch(
      /“容错”的搜索结果 · 共找到 \d+ 条结果/,
    )
    const marks = await page.locator('.search-results mark').allInnerTexts()
    expect(marks.length).toBeGreaterThan(0)
    expect(new Set(marks)).toEqual(new Set(['容错']))

    const facets = page.getByRole('navigation', { name: '筛选结果' })
    await facets.getByRole('link', { name: /^典型案例 \(\d+\)$/ }).click()
    await page.waitForURL(/type=model-stories/)
    const kinds = await page.locator('.search-results .kicker').allInnerTexts()
    expect(kinds.length).toBeGreaterThan(0)
    for (const kind of kinds) expect(kind).toMatch(/^典型案例/)

    const first = page.locator('.search-results h3 a').first()
    const title = await first.innerText()
    await first.click()
    await page.waitForURL(/\/zh\/model-stories\//)
    expect(await page.locator('h1').innerText()).toBe(title)
    await page.context().close()
  })

  it('finds a word inside longer text without JavaScript, and says when a query is too short', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false })
    await page.goto(`/zh/search?q=${encodeURIComponent('脱贫')}`)
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0)
    expect(await page.locator('.search-results mark').first().innerText()).toBe('脱贫')

    await page.getByRole('main').getByRole('searchbox').fill('容')
    await page.getByRole('main').getByRole('button', { name: '搜索' }).click()
    await page.waitForURL(/q=%E5%AE%B9$/)
    expect(await page.getByRole('status').innerText()).toContain('没有找到结果')
    expect(await page.locator('.search-results').count()).toBe(0)

    const long = await page.goto(`/zh/search?q=${'容错'.repeat(60)}`)
    expect(long?.status()).toBe(200)
    expect(await page.getByRole('status').innerText()).toContain('搜索词太长')
    await page.context().close()
  })

  it('searches the English site too', async () => {
    const page = await newPage(browser)
    const response = await page.goto(`/en/search?q=${encodeURIComponent('容错')}`)
    expect(response?.status()).toBe(200)
    expect(await page.getByRole('status').innerText()).toMatch(/Results for “容错” · \d+ results?/)
    await page.context().close()
  })
})
