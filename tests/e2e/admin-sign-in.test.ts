// Journey: staff sign in to the admin panel and see what their role allows, and nothing more.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, latestPublicCommendation, launchBrowser, newPage } from './browser'

const UI_TIMEOUT = 30_000

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Fills in the admin login form; the context reads Chinese, so the admin UI is in Chinese. */
const signIn = async (email: string, password = DEMO_PASSWORD): Promise<Page> => {
  const page = await newPage(browser)
  page.setDefaultTimeout(UI_TIMEOUT)
  await page.goto('/admin')
  await page.waitForURL(/\/admin\/login/)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  return page
}

/** Opens a collection's list view and waits for its rows (or its empty state) to render. */
const openList = async (page: Page, collection: string) => {
  await page.goto(`/admin/collections/${collection}`)
  await page.waitForLoadState('networkidle')
  await page.locator('.collection-list').waitFor()
}

describe('an editor signs in to the admin and finds the commendation notices', () => {
  it('lands on the dashboard and sees the seeded notices in the list', async () => {
    const page = await signIn('editor@laurel.local')
    await page.waitForURL((url) => url.pathname === '/admin')
    await page.locator('.dashboard').waitFor()
    await expect.poll(() => page.getByRole('link', { name: '表彰通报' }).count()).toBeGreaterThan(0)

    await openList(page, 'commendations')
    const title = await latestPublicCommendation()
    await page.locator('table').getByText(title, { exact: true }).waitFor()
    expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(5)
    await page.context().close()
  })
})

describe('an expert signs in and cannot open the users list', () => {
  it('finds no list of staff at all, only their own account', async () => {
    const page = await signIn('expert@laurel.local')
    await page.waitForURL((url) => url.pathname === '/admin')

    const list = await page.goto('/admin/collections/users')
    expect(list?.status()).toBe(404)
    const text = (await page.locator('body').textContent()) ?? ''
    for (const other of ['admin@laurel.local', 'editor@laurel.local', 'scholar@laurel.local']) {
      expect(text).not.toContain(other)
    }
    await page.goto('/admin/account')
    expect(await page.locator('#field-email').inputValue()).toBe('expert@laurel.local')
    await page.context().close()
  })
})

describe('a wrong password is refused with a message', () => {
  // One attempt on an account no other test signs in with: five failures would lock it.
  it('stays on the login page and shows an error', async () => {
    const page = await signIn('scholar@laurel.local', 'not-the-password')
    const toast = page.locator('.payload-toast-item.toast-error')
    await toast.waitFor()
    expect(await toast.innerText()).toContain('电子邮件或密码不正确')
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    await page.context().close()
  })
})
