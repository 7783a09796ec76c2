// Journeys of a reader of the column: from the home page to a notice and its original PDF
// through a filtered list, reading in the other language, and reading a story with JavaScript
// turned off.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, newestSlug, newPage, rest } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('a reader finds a notice and its original', () => {
  it('goes from home to the list, filters by year issued and assessment year, opens a notice and its PDF', async () => {
    const page = await newPage(browser)
    await page.goto('/')
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '表彰通报' })
      .click()
    await page.waitForURL(/\/zh\/commendations$/)
    expect(await page.locator('h1').innerText()).toContain('表彰通报')

    const { data } = await rest('GET', '/commendations?limit=1&sort=-issuedAt&depth=0')
    const [newest] = data.docs as {
      title: string
      assessmentYear: number
      issuedAt: string
      slug: string
    }[]
    const issued = new Date(Date.parse(newest!.issuedAt) + 8 * 3_600_000).getUTCFullYear()
    await page.getByLabel('发文年份').selectOption(String(issued))
    await page.getByLabel('考核年度').selectOption(String(newest!.assessmentYear))
    await page.getByRole('button', { name: /筛选/ }).click()
    await page.waitForURL(new RegExp(`issued=${issued}&assessed=${newest!.assessmentYear}`))
    expect(await page.title()).toContain(`${issued} 年发文`)

    await page.getByRole('link', { name: newest!.title }).click()
    await page.waitForURL(new RegExp(`/zh/commendations/${newest!.slug}$`))
    expect(await page.locator('h1').innerText()).toBe(newest!.title)

    const pdfLink = page.locator('a[href*="/api/documents/file/"]').first()
    const pdf = await fetch(new URL((await pdfLink.getAttribute('href'))!, baseUrl()))
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toContain('application/pdf')
    await page.context().close()
  })
})

describe('a reader switches language and stays on the same document', () => {
  it('goes from a Chinese notice to its English page and back', async () => {
    const slug = await newestSlug('commendations')
    const page = await newPage(browser)
    await page.goto(`/zh/commendations/${slug}`)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    await page.getByRole('link', { name: 'Read this page in English' }).click()
    await page.waitForURL(new RegExp(`/en/commendations/${slug}$`))
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(true)
    await page.getByRole('link', { name: '阅读本页中文版' }).click()
    await page.waitForURL(new RegExp(`/zh/commendations/${slug}$`))
    await page.context().close()
  })

  it('keeps a filtered list filtered in the other language', async () => {
    const page = await newPage(browser)
    await page.goto('/zh/model-stories?polarity=negative')
    await page.getByRole('link', { name: 'Read this page in English' }).click()
    await page.waitForURL(/\/en\/model-stories\?polarity=negative$/)
    expect(await page.locator('h1').innerText()).not.toBe('')
    await page.context().close()
  })
})

describe('a reader without JavaScript reads the model stories', () => {
  it('chooses warning cases, opens one and reads its lessons', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false })
    await page.goto('/zh/model-stories')
    await page
      .getByRole('link', { name: /警示案例/ })
      .first()
      .click()
    await page.waitForURL(/polarity=negative/)
    const { data } = await rest(
      'GET',
      '/model-stories?limit=1&depth=0&where[polarity][equals]=negative&sort=-createdAt',
    )
    const [warning] = data.docs as { title: string; slug: string }[]
    await page.getByRole('link', { name: warning!.title }).click()
    await page.waitForURL(new RegExp(`/zh/model-stories/${warning!.slug}$`))
    expect(await page.locator('h1').innerText()).toBe(warning!.title)
    expect(await page.locator('main').innerText()).toContain('警示')
    await page.context().close()
  })

  it('is told clearly when an address does not exist', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false })
    const response = await page.goto('/zh/commendations/no-such-notice')
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').innerText()).toBe('页面不存在')
    const english = await page.goto('/en/no/such/page')
    expect(english?.status()).toBe(404)
    expect(await page.locator('h1').innerText()).toBe('Page not found')
    await page.context().close()
  })

  it('finds the way on from a broken link: home by the breadcrumb, a search box, the sections', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false })
    expect((await page.goto('/zh/model-stories/no-such-story'))?.status()).toBe(404)
    const crumbs = page.getByRole('navigation', { name: '当前位置' })
    expect(await crumbs.getByRole('listitem').allInnerTexts()).toEqual(['首页', '页面不存在'])
    const main = page.locator('main')
    await main.getByRole('link', { name: '光荣榜' }).click()
    await page.waitForURL(/\/zh\/honor-roll$/)

    await page.goto('/en/no/such/page')
    await page.locator('main').getByRole('searchbox', { name: 'Search terms' }).fill('honour')
    await page.locator('main').getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(/\/en\/search\?q=honour$/)
    await page.goto('/en/no/such/page')
    await page
      .getByRole('navigation', { name: 'You are here' })
      .getByRole('link', { name: 'Home' })
      .click()
    await page.waitForURL(/\/en$/)
    await page.context().close()
  })
})
