// Chromium for the browser tests, and the REST calls a test makes as the public or as staff.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { inject } from 'vitest'

export const baseUrl = () => inject('baseUrl')

/** Every staff account of the demo seed shares this password (LAUREL_DEMO_PASSWORD is unset). */
export const DEMO_PASSWORD = 'laurel-demo-2026'

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })

/** A page of a fresh context that reads Chinese, as the column's readers and staff do. */
export const newPage = async (
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Page> => {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'zh-CN', ...options })
  return context.newPage()
}

type Json = Record<string, unknown>

export const rest = async (
  method: string,
  path: string,
  init: { token?: string; json?: unknown } = {},
) => {
  const headers: Record<string, string> = {}
  if (init.token) headers.Authorization = `JWT ${init.token}`
  if (init.json !== undefined) headers['Content-Type'] = 'application/json'
  const body = init.json === undefined ? undefined : JSON.stringify(init.json)
  const response = await fetch(`${baseUrl()}/api${path}`, { method, headers, body })
  return { status: response.status, data: (await response.json()) as Json }
}

/** Asks the server to run its due jobs now, as its own runner does every ten seconds. */
export const runDueJobs = async () => {
  const response = await fetch(`${baseUrl()}/api/laurel/run-jobs`, {
    method: 'POST',
    headers: { 'x-laurel-jobs-key': inject('jobsKey') },
  })
  if (!response.ok) throw new Error(`The jobs runner's endpoint answered ${response.status}.`)
}

export const restLogin = async (email: string, password = DEMO_PASSWORD): Promise<string> => {
  const { status, data } = await rest('POST', '/users/login', { json: { email, password } })
  if (status !== 200)
    throw new Error(`login failed for ${email}: ${status} ${JSON.stringify(data)}`)
  return data.token as string
}

/** The title of the most recently issued commendation notice, as the public sees it. */
export const latestPublicCommendation = async (): Promise<string> => {
  const { data } = await rest('GET', '/commendations?limit=1&sort=-issuedAt&locale=zh')
  const [doc] = data.docs as { title: string }[]
  if (!doc) throw new Error('the demo seed published no commendation notice')
  return doc.title
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** What axe finds on the page against WCAG 2.2 AA, one readable line per problem. */
export const axeViolations = async (page: Page): Promise<string[]> => {
  const { default: AxeBuilder } = await import('@axe-core/playwright')
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

/** The slug of the newest published document of a collection, as the public sees it. */
export const newestSlug = async (collection: string, where = ''): Promise<string> => {
  const { data } = await rest('GET', `/${collection}?limit=1&depth=0&sort=-createdAt${where}`)
  const [doc] = data.docs as { slug: string }[]
  if (!doc) throw new Error(`the demo seed published no ${collection}`)
  return doc.slug
}

/** Signs in through the admin's login form and waits for the dashboard. */
export const signInToAdmin = async (page: Page, email: string, password = DEMO_PASSWORD) => {
  await page.goto('/admin')
  await page.waitForURL(/\/admin\/login/)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
}
