// Journey: an editor drafts a notice, publishes it and withdraws it; an administrator then reads
// what happened in the audit log, in Chinese words: the notice's title linking to it, its kind by
// name, each move named for what it was, and the fields that changed as their labels.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, launchBrowser, newPage, rest, restLogin } from './browser'

const UI_TIMEOUT = 30_000

let browser: Browser
let page: Page
const title = `关于表彰审计日志测试单位的通报${Date.now()}`
let noticeId: number

beforeAll(async () => {
  browser = await launchBrowser()
  const token = await restLogin('editor@laurel.local')
  const { data: units } = await rest('GET', '/units?limit=1&depth=0', { token })
  const unit = (units.docs as { id: number }[])[0]!.id
  const { status, data } = await rest('POST', '/commendations?draft=true', {
    token,
    json: {
      title,
      noticeNumber: `审计测试〔2026〕${Date.now() % 100000}号`,
      issuingBody: '区委办公室',
      issuedAt: '2026-03-01T00:00:00.000Z',
      assessmentYear: 2025,
      mechanism: 'incentive',
      summary: '审计日志测试。',
      awardees: [{ unit, honorTitle: '先进单位' }],
    },
  })
  expect(status).toBe(201)
  noticeId = (data.doc as { id: number }).id
  const move = (json: Record<string, unknown>) =>
    rest('PATCH', `/commendations/${noticeId}`, { token, json })
  expect((await move({ reviewState: 'published' })).status).toBe(200)
  const withdrawal = { reviewState: 'withdrawn', withdrawal: { reason: '测试撤回。' } }
  expect((await move(withdrawal)).status).toBe(200)

  page = await newPage(browser)
  page.setDefaultTimeout(UI_TIMEOUT)
  await page.goto('/admin/login')
  await page.locator('#field-email').fill('admin@laurel.local')
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
})

afterAll(async () => {
  await browser?.close()
})

describe('an administrator reads the audit trail in words', () => {
  it('the list names each move, the notice by its title with a link, and its kind', async () => {
    await page.goto('/admin/collections/audit-log')
    const rows = page.locator('.collection-list table tbody tr').filter({ hasText: title })
    await rows.first().waitFor()
    const actions = await rows.locator('td.cell-action').allInnerTexts()
    expect(actions.map((text) => text.trim())).toEqual(['撤回', '发布', '新建'])
    const link = rows.first().getByRole('link', { name: title })
    expect(await link.getAttribute('href')).toBe(`/admin/collections/commendations/${noticeId}`)
    expect(await rows.first().locator('td.cell-targetCollection').innerText()).toBe('表彰通报')
    await expect.poll(() => page.getByText('editor@laurel.local').count()).toBeGreaterThan(0)
  })

  it('an entry shows the fields that changed as their labels, not code', async () => {
    const withdrawal = page
      .locator('.collection-list table tbody tr')
      .filter({ hasText: title })
      .first()
    await withdrawal.locator('td.cell-createdAt a').click()
    await page.waitForURL(/\/admin\/collections\/audit-log\/\d+/)
    const changed = page.locator('.audit-changed-fields li')
    await changed.first().waitFor()
    const labels = await changed.allInnerTexts()
    expect(labels).toEqual(expect.arrayContaining(['审核状态', '撤回说明']))
    expect(await page.locator('.code-editor, .monaco-editor').count()).toBe(0)
    const link = page.getByRole('link', { name: title })
    expect(await link.getAttribute('href')).toBe(`/admin/collections/commendations/${noticeId}`)
  })
})
