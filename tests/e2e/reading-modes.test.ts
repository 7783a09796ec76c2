// Journey (适老化): an older reader switches on larger text and high contrast once, and every page
// after keeps them, while the server still sends every reader the same cached page. Without
// JavaScript the page follows the system's contrast preference and the browser's text size.
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, newestSlug, newPage } from './browser'

let browser: Browser
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')

beforeAll(async () => {
  browser = await launchBrowser()
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
})

const bodyStyle = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body)
    const root = getComputedStyle(document.documentElement)
    return {
      fontSize: parseFloat(style.fontSize),
      color: style.color,
      background: root.backgroundColor,
    }
  })

describe('a reader turns on the reading modes', () => {
  it('switches on larger text and high contrast once, and the next pages keep them', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } })
    await page.goto('/zh')
    const normal = await bodyStyle(page)
    const large = page.getByRole('button', { name: '大字' })
    const contrast = page.getByRole('button', { name: '高对比度' })
    expect(await large.getAttribute('aria-pressed')).toBe('false')

    await large.click()
    await expect.poll(() => large.getAttribute('aria-pressed')).toBe('true')
    expect((await bodyStyle(page)).fontSize).toBeCloseTo(normal.fontSize * 1.25, 0)
    await contrast.click()
    await expect.poll(() => contrast.getAttribute('aria-pressed')).toBe('true')
    expect(await bodyStyle(page)).toMatchObject({
      color: 'rgb(0, 0, 0)',
      background: 'rgb(255, 255, 255)',
    })

    // A new page, loaded afresh: the modes are on from the first paint.
    await page.goto(`/zh/commendations/${await newestSlug('commendations')}`)
    expect(await page.locator('html').getAttribute('class')).toMatch(/text-large.*contrast-high/)
    expect(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    expect((await bodyStyle(page)).fontSize).toBeCloseTo(normal.fontSize * 1.25, 0)

    // For a reviewer: the notice and home in both modes, on a phone.
    await page.setViewportSize({ width: 390, height: 800 })
    const shots: [string, string][] = [
      ['notice', page.url()],
      ['home', '/zh'],
    ]
    for (const [name, address] of shots) {
      await page.goto(address)
      await page.screenshot({
        path: path.resolve(SCREENSHOTS, `zh-${name}-390-large-contrast.png`),
        fullPage: true,
      })
    }
    await page.setViewportSize({ width: 1280, height: 900 })

    // Links in the text are underlined; the masthead's name and icons are not running text.
    const underline = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).textDecorationLine)
    expect(await underline('main a')).toBe('underline')
    expect(await underline('.site-identity')).toBe('none')
    expect(await underline('.masthead-icon')).toBe('none')

    // And off again, for good.
    await page.getByRole('button', { name: '大字' }).click()
    await page.goto('/en')
    expect(await page.locator('html.text-large').count()).toBe(0)
    expect(await page.locator('html.contrast-high').count()).toBe(1)
    await page.context().close()
  })

  it('the server sends every reader the same page: no mode and no cookie in the answer', async () => {
    const response = await fetch(`${baseUrl()}/zh`)
    const html = await response.text()
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(html.match(/<html[^>]*>/)?.[0]).not.toMatch(/text-large|contrast-high/)
    // The one inline script that sets the modes is in the page's head.
    expect(html).toContain('laurel-reading-modes')
  })

  it('without JavaScript follows the system’s wish for more contrast', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false })
    await page.emulateMedia({ contrast: 'more' })
    await page.goto('/zh')
    expect(await bodyStyle(page)).toMatchObject({
      color: 'rgb(0, 0, 0)',
      background: 'rgb(255, 255, 255)',
    })
    await page.context().close()
  })
})
