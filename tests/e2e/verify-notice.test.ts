// A reader holding a notice checks it: from the number printed on the notice (or its QR code) to
// the official record, and an unknown number told plainly that no such notice exists. Then the
// open data the column publishes, downloaded as a program would.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, newestSlug, newPage, rest, restLogin } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('a reader verifies a notice without JavaScript', () => {
  it('types the number from a notice page and sees the official record', async () => {
    const slug = await newestSlug('commendations')
    const page = await newPage(browser, { javaScriptEnabled: false })
    await page.goto(`/zh/commendations/${slug}`)
    const title = await page.locator('h1').innerText()
    const number = (await page.locator('.notice-number').innerText()).trim()
    expect(number).toMatch(/〔\d{4}〕\d+号$/)

    await page.locator('footer').getByRole('link', { name: '通报核验', exact: true }).click()
    await page.getByLabel('通报文号').fill(`  ${number} `)
    await page.getByRole('button', { name: '查验' }).click()
    await page.waitForURL(/\/zh\/verify\/.+/)
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/zh/verify/${number}`)
    expect(await page.locator('h1').innerText()).toContain(number)
    const record = page.locator('.verify-record')
    expect(await record.innerText()).toContain(title)
    expect(await record.innerText()).toContain('已发布')
    expect(await record.getByRole('table').count()).toBe(1)
    await page.context().close()
  })

  it('is told "no such notice" with a 404 for a number nobody issued, in both languages', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false })
    await page.goto('/verify')
    await page.getByLabel('通报文号').fill('区委发〔1999〕999号')
    await page.getByRole('button', { name: '查验' }).click()
    await page.waitForURL(/\/zh\/verify\/.+/)
    expect(await page.locator('h1').innerText()).toBe('没有此文号的通报')
    expect(await page.locator('main').innerText()).toContain('区委发〔1999〕999号')
    const direct = await page.goto(`/zh/verify/${encodeURIComponent('区委发〔1999〕999号')}`)
    expect(direct?.status()).toBe(404)
    const english = await page.goto(`/en/verify/${encodeURIComponent('No such 1')}`)
    expect(english?.status()).toBe(404)
    expect(await page.locator('h1').innerText()).toBe('No such notice')
    await page.context().close()
  })
})

describe('a reader types the number with the brackets their keyboard offers', () => {
  const variants = (number: string) => {
    const [, office = '', year = '', serial = ''] = number.match(/^(.+)〔(\d{4})〕(.+)$/)!
    const wide = (text: string) =>
      text.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
    return [
      `${office}(${year})${serial}`,
      `${office}（${year}）${serial}`,
      `${office}[${year}]${serial}`,
      `${office}［${year}］${serial}`,
      `${office}【${year}】${serial}`,
      `${office} 〔 ${year} 〕 ${serial}`,
      `${office}〔${wide(year)}〕${wide(serial)}`,
    ]
  }

  it('lands on the one page of the official number from the form and from a typed address', async () => {
    const { data } = await rest('GET', '/commendations?limit=1&sort=-issuedAt&depth=0')
    const number = (data.docs as { noticeNumber: string }[])[0]!.noticeNumber
    const official = `/zh/verify/${number}`
    const page = await newPage(browser, { javaScriptEnabled: false })
    for (const typed of variants(number)) {
      await page.goto('/zh/verify')
      await page.getByLabel('通报文号').fill(typed)
      await page.getByRole('button', { name: '查验' }).click()
      await page.waitForURL((url) => decodeURIComponent(url.pathname) === official)
      expect(await page.locator('h1').innerText(), typed).toContain(number)

      const direct = await page.goto(`/zh/verify/${encodeURIComponent(typed)}`)
      expect(direct?.status(), typed).toBe(200)
      expect(decodeURIComponent(new URL(page.url()).pathname), typed).toBe(official)
    }
    await page.context().close()
  })
})

describe('an editor renumbers a notice', () => {
  it('expires the verification pages of the old and the new number at once', async () => {
    const token = await restLogin('editor@laurel.local')
    const { data } = await rest('GET', '/commendations?limit=1&sort=-issuedAt&depth=0')
    const notice = (data.docs as { id: number; noticeNumber: string }[])[0]!
    const renumbered = `${notice.noticeNumber}（更正）`
    const status = async (number: string) =>
      (await fetch(new URL(`/zh/verify/${encodeURIComponent(number)}`, baseUrl()))).status
    // Both answers are in the cache before the change.
    expect(await status(notice.noticeNumber)).toBe(200)
    expect(await status(renumbered)).toBe(404)
    const renumber = async (noticeNumber: string) => {
      const saved = await rest('PATCH', `/commendations/${notice.id}`, {
        token,
        json: { noticeNumber },
      })
      expect(saved.status, JSON.stringify(saved.data)).toBe(200)
    }
    await renumber(renumbered)
    try {
      expect(await status(renumbered)).toBe(200)
      expect(await status(notice.noticeNumber)).toBe(404)
    } finally {
      await renumber(notice.noticeNumber)
    }
    expect(await status(notice.noticeNumber)).toBe(200)
  })
})

describe('the QR code on a notice', () => {
  it('leads to the notice’s verification page, with the address beside it, and shows in print', async () => {
    const slug = await newestSlug('commendations')
    const page = await newPage(browser)
    await page.goto(`/zh/commendations/${slug}`)
    const code = page.getByRole('img', { name: /二维码/ })
    // An SVG image of its own: the page carries neither its path nor a second copy in its data.
    const image = await fetch(new URL((await code.getAttribute('src'))!, baseUrl()))
    expect(image.headers.get('content-type')).toContain('image/svg+xml')
    expect(await image.text()).toMatch(/^<svg[\s\S]*<path/)
    expect(await code.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
    expect(await page.locator('.notice-verify svg').count()).toBe(0)
    const link = page.locator('.notice-verify a')
    const href = (await link.getAttribute('href'))!
    expect(await link.innerText()).toContain('/zh/verify/')
    await page.emulateMedia({ media: 'print' })
    expect(await code.isVisible()).toBe(true)
    const number = (await page.locator('.notice-number').innerText()).trim()
    const response = await page.goto(new URL(href).pathname)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').innerText()).toContain(number)
    await page.context().close()
  })
})

describe('open data', () => {
  it('offers CSV and JSON of the published notices, linked from every page’s footer', async () => {
    const page = await newPage(browser)
    await page.goto('/en')
    await page.getByRole('link', { name: 'Open data' }).click()
    await page.waitForURL(/\/en\/open-data$/)
    const csvHref = await page.locator('a[href$="/awardees.csv"]').getAttribute('href')
    await page.context().close()

    const csv = await fetch(new URL(csvHref!, baseUrl()))
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])

    const json = await fetch(new URL('/open-data/commendations.json', baseUrl()))
    expect(json.status).toBe(200)
    const data = (await json.json()) as { language: string; records: unknown[] }
    const published = await rest('GET', '/commendations?limit=1&depth=0')
    expect(data.language).toBe('zh')
    expect(data.records).toHaveLength(published.data.totalDocs as number)
    expect((await fetch(new URL('/zh/open-data/people.csv', baseUrl()))).status).toBe(404)
    expect((await fetch(new URL('/zh/open-data/awardees-1999.csv', baseUrl()))).status).toBe(404)
  })
})
