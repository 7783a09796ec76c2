// Acceptance: each role walks every admin view it can reach (dashboard, account, each collection's
// list, one document, the create form, and what an empty save answers), in Chinese, on a network
// with no internet: every request to another host is refused and counted. A page fails on any such
// request, on any raw translation key and on any English word.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readableText, untranslatedIn } from './adminLanguage'
import { baseUrl, DEMO_PASSWORD, launchBrowser, rest, restLogin } from './browser'

const UI_TIMEOUT = 30_000
/** The bound: about forty views per role. */
const MAX_PAGES = 40

let browser: Browser
/**
 * Data, not the admin's words: names of uploaded files (the demo's PDFs are named in English), what
 * the public typed into nominations (other browser tests nominate in English) and staff's names.
 */
let fileNames: string[] = []

beforeAll(async () => {
  browser = await launchBrowser()
  const token = await restLogin('admin@laurel.local')
  for (const collection of ['documents', 'media']) {
    const { data } = await rest('GET', `/${collection}?limit=0&depth=0`, { token })
    fileNames.push(...(data.docs as { filename?: string }[]).map((doc) => doc.filename ?? ''))
  }
  const { data } = await rest('GET', '/nominations?limit=0&depth=0', { token })
  for (const doc of data.docs as { nominee?: string; nomineeUnit?: string }[]) {
    fileNames.push(doc.nominee ?? '', doc.nomineeUnit ?? '')
  }
  const staff = await rest('GET', '/users?limit=0&depth=0', { token })
  fileNames.push(
    ...(staff.data.docs as { displayName?: string }[]).map((doc) => doc.displayName ?? ''),
  )
  fileNames = fileNames.filter(Boolean)
})

afterAll(async () => {
  await browser?.close()
})

type Finding = { page: string; what: string }

/** A browser that may reach this server only: anything else is refused and written down. */
const offlineContext = async (refused: string[]): Promise<BrowserContext> => {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'zh-CN' })
  const ownHost = new URL(baseUrl()).host
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === ownHost) {
      return route.continue()
    }
    refused.push(url.href)
    return route.abort('internetdisconnected')
  })
  return context
}

const signIn = async (context: BrowserContext, email: string): Promise<Page> => {
  const page = await context.newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

const settle = async (page: Page) => {
  await page.waitForLoadState('networkidle')
  await page.locator('.template-default, .template-minimal').first().waitFor()
}

const hrefs = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((links) => [
      ...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
    ])

/** The views of one role: found from its own navigation, as a person would find them. */
const viewsOf = async (page: Page): Promise<string[]> => {
  const lists = await hrefs(page, 'nav a[href^="/admin/collections/"]')
  const views = ['/admin', '/admin/account', ...lists]
  for (const list of lists) {
    await page.goto(list)
    await settle(page)
    const rows = await hrefs(page, `.collection-list table tbody a[href^="${list}/"]`)
    const create = await hrefs(page, `a[href="${list}/create"]`)
    views.push(...rows.slice(0, 1), ...create)
  }
  return views.slice(0, MAX_PAGES)
}

const inspect = async (page: Page, path: string, findings: Finding[]) => {
  const { text, names } = await readableText(page)
  for (const [where, words] of [
    ['text', untranslatedIn(text, fileNames)],
    ['accessible name', untranslatedIn(names, fileNames)],
  ] as const) {
    for (const key of words.keys) findings.push({ page: path, what: `raw key ${key} (${where})` })
    for (const word of words.english) findings.push({ page: path, what: `${where}: ${word}` })
  }
}

/** An empty save of a create form: the messages it answers must be Chinese too. */
const saveEmpty = async (page: Page, path: string, findings: Finding[]) => {
  const save = page.locator('#action-save')
  if (!(await save.isVisible())) return
  await save.click()
  await page.locator('.payload-toast-container li, .field-error, .tooltip--show').first().waitFor()
  await inspect(page, `${path} (empty save)`, findings)
}

describe.each([
  ['an administrator', 'admin@laurel.local'],
  ['an editor', 'editor@laurel.local'],
  ['an expert', 'expert@laurel.local'],
])('%s walks the Chinese admin without internet', (_who, email) => {
  it(
    'every view reads in Chinese and nothing is fetched from another host',
    { timeout: 600_000 },
    async () => {
      const refused: string[] = []
      const findings: Finding[] = []
      const context = await offlineContext(refused)
      const page = await signIn(context, email)
      await settle(page)
      const views = await viewsOf(page)
      expect(views.length).toBeGreaterThan(3)
      for (const view of views) {
        await page.goto(view)
        await settle(page)
        await inspect(page, view, findings)
        if (view.endsWith('/create')) await saveEmpty(page, view, findings)
      }
      await context.close()
      expect(refused).toEqual([])
      expect(findings).toEqual([])
    },
  )
})
