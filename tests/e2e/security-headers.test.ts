// Every response carries the security headers, and the site and the admin (live preview
// included) still work under the Content-Security-Policy: no violation is reported.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, newPage, rest, restLogin, signInToAdmin } from './browser'

let browser: Browser

const headersOf = async (path: string) =>
  (await fetch(new URL(path, baseUrl()), { redirect: 'manual' })).headers

const directive = (csp: string | null, name: string) =>
  (csp ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))

/** Records every CSP violation and console error the page meets from its first script on. */
const watch = async (page: Page) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) problems.push(message.text())
  })
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void })
        .reportViolation
      report(`${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  return problems
}

/**
 * Next's own scripts ran (it sets `window.next` when the page boots) and so did the reading-mode
 * script, which is allowed by its hash (it marks <html> ready).
 */
const runsItsScripts = async (page: Page) => {
  await page.waitForFunction(() =>
    Boolean((window as { next?: { version?: string } }).next?.version),
  )
  await page.waitForFunction(() =>
    document.documentElement.classList.contains('reading-modes-ready'),
  )
}

/** What the nonce is for: an injected inline handler is blocked and reported. */
const injectInlineHandler = async (page: Page, problems: string[]) => {
  const before = problems.length
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img src="/x" onerror="window.injected=1">')
  })
  await expect.poll(() => problems.length).toBe(before + 1)
  expect(await page.evaluate(() => 'injected' in window)).toBe(false)
}

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the security headers', () => {
  it('public pages: the CSP of the ADR, framed by the site itself only', async () => {
    const headers = await headersOf('/zh')
    const csp = headers.get('content-security-policy')
    for (const part of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'",
    ]) {
      expect(csp).toContain(part)
    }
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'unsafe-inline'")
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('permissions-policy')).toContain('camera=()')
    // The test server is plain http on 127.0.0.1: no HSTS.
    expect(headers.get('strict-transport-security')).toBeNull()
  })

  it('the admin is never framed, and runs only scripts with this response’s nonce', async () => {
    const headers = await headersOf('/admin/login')
    const csp = headers.get('content-security-policy')
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'")
    expect(headers.get('x-frame-options')).toBe('DENY')
    const scripts = directive(csp, 'script-src')
    expect(scripts).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'$/)
    const again = directive(
      (await headersOf('/admin/login')).get('content-security-policy'),
      'script-src',
    )
    expect(again).not.toBe(scripts)
  })

  it('the API and uploaded files carry nosniff; a notice’s PDF opens in place', async () => {
    expect((await headersOf('/api/commendations?limit=1')).get('x-content-type-options')).toBe(
      'nosniff',
    )
    const { data: media } = await rest('GET', '/media?limit=1&depth=0')
    const image = (media.docs as { url: string }[])[0]!
    const imageHeaders = await headersOf(image.url)
    expect(imageHeaders.get('x-content-type-options')).toBe('nosniff')
    expect(imageHeaders.get('content-type')).toMatch(/^image\//)
    const { data: documents } = await rest('GET', '/documents?limit=1&depth=0')
    const pdf = (documents.docs as { url: string }[])[0]!
    const pdfHeaders = await headersOf(pdf.url)
    expect(pdfHeaders.get('content-type')).toBe('application/pdf')
    expect(pdfHeaders.get('x-content-type-options')).toBe('nosniff')
    expect(pdfHeaders.get('content-disposition')).toBeNull()
  })
})

describe('under the CSP', () => {
  it('a reader goes from home to a notice without a violation', async () => {
    const page = await newPage(browser)
    const problems = await watch(page)
    await page.goto('/zh')
    await page.locator('main a[href*="/commendations/"]').first().click()
    await page.waitForURL(/\/commendations\/[^/]+$/)
    await page.locator('h1').waitFor()
    await page.goto('/zh/search?q=%E8%A1%A8%E5%BD%B0')
    await page.locator('main').waitFor()
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('an editor signs in, opens a notice and its live preview without a violation', async () => {
    const page = await newPage(browser)
    page.setDefaultTimeout(30_000)
    const problems = await watch(page)
    await signInToAdmin(page, 'editor@laurel.local')
    const { data } = await rest('GET', '/commendations?limit=1&depth=0')
    const { id } = (data.docs as { id: number }[])[0]!
    await page.goto(`/admin/collections/commendations/${id}`)
    await page.locator('.live-preview-toggler').first().click()
    // The preview banner inside the frame: the public page rendered in draft mode, framed.
    const frame = page.frameLocator('iframe').first()
    await frame.getByRole('status').filter({ hasText: '草稿预览' }).waitFor()
    expect(problems).toEqual([])
    // What the nonce is for: injected inline script does not run in the admin, and is reported.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="/x" onerror="window.injected=1">')
    })
    await expect.poll(() => problems.length).toBe(1)
    expect(await page.evaluate(() => 'injected' in window)).toBe(false)
    await page.context().close()
  })

  it('search runs its scripts under a nonce of its own, and injected inline script does not run', async () => {
    const page = await newPage(browser)
    const problems = await watch(page)
    const response = await page.goto('/zh/search?q=%E8%A1%A8%E5%BD%B0')
    const csp = (await response!.allHeaders())['content-security-policy'] ?? null
    expect(directive(csp, 'script-src')).toMatch(
      /^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic' 'sha256-[A-Za-z0-9+/=]+'$/,
    )
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'self'")
    await runsItsScripts(page)
    expect(problems).toEqual([])
    await injectInlineHandler(page, problems)
    await page.context().close()
  })

  it('an editor’s draft-mode preview runs its scripts under a nonce of its own', async () => {
    const token = await restLogin('editor@laurel.local')
    const { data } = await rest('GET', '/commendations?limit=1&depth=0')
    const { slug } = (data.docs as { slug: string }[])[0]!
    const page = await newPage(browser)
    const problems = await watch(page)
    await page.context().addCookies([{ name: 'payload-token', value: token, url: baseUrl() }])
    const target = `/zh/commendations/${slug}`
    const response = await page.goto(`/next/preview?path=${encodeURIComponent(target)}`)
    await page.getByRole('status').filter({ hasText: '草稿预览' }).waitFor()
    const csp = (await response!.allHeaders())['content-security-policy'] ?? null
    expect(directive(csp, 'script-src')).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/)
    await runsItsScripts(page)
    expect(problems).toEqual([])
    await injectInlineHandler(page, problems)
    await page.context().close()
  })

  it('the address a sign-in came from is the socket’s, not the X-Forwarded-For the client wrote', async () => {
    const refused = await fetch(new URL('/api/users/login', baseUrl()), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.77' },
      body: JSON.stringify({ email: 'nobody-e2e@example.org', password: 'wrong' }),
    })
    expect(refused.status).toBe(401)
    const token = await restLogin('admin@laurel.local')
    const { data } = await rest('GET', '/audit-log?sort=-createdAt&limit=5&depth=0', { token })
    const entry = (data.docs as { action: string; address: string | null }[]).find(
      (doc) => doc.action === 'login-failed',
    )
    expect(entry?.address).toMatch(/^(::ffff:)?127\.0\.0\.1$/)
  })
})
