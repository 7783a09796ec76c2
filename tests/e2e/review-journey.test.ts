// Journey: an expert writes an interpretation in the admin, an editor sends it back with a reason,
// the expert revises it, and the editor approves and publishes it; then the public reads it.
// Driven through the admin UI only, as each person would; REST is used to check what was stored.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, launchBrowser, newPage, rest, restLogin } from './browser'

const UI_TIMEOUT = 30_000
const STEP_TIMEOUT = 150_000

const REASON = '请补充一个本区的实际案例，并说明适用边界。'
const REVISED_SUMMARY = '修订稿：补充了本区街道干部在招商中免责的实际案例。'

type Stored = {
  title?: string
  summary?: string
  reviewState?: string
  _status?: string
  rejectionReason?: string | null
}

let browser: Browser
let editorToken: string
let expert: Page | undefined
let editor: Page | undefined
let id: string
const title = `浏览器审核旅程${Date.now()}`

beforeAll(async () => {
  browser = await launchBrowser()
  editorToken = await restLogin('editor@laurel.local')
})

afterAll(async () => {
  await browser?.close()
})

// A failing step leaves a picture of each person's screen behind, to see what the UI showed.
beforeEach(({ onTestFailed, task }) => {
  onTestFailed(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-review-journey-'))
    for (const [who, page] of Object.entries({ expert, editor })) {
      if (!page || page.isClosed()) continue
      const file = path.join(dir, `${who}.png`)
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
      console.error(`"${task.name}" failed; the ${who}'s screen (${page.url()}) is in ${file}`)
    }
  })
})

const traffic = new WeakMap<Page, { inFlight: number; lastActivity: number }>()

/** Counts the page's requests, so `settle` can tell when the admin has stopped talking. */
const trackTraffic = (page: Page) => {
  const state = { inFlight: 0, lastActivity: Date.now() }
  const started = () => {
    state.inFlight += 1
    state.lastActivity = Date.now()
  }
  const ended = () => {
    state.inFlight = Math.max(0, state.inFlight - 1)
    state.lastActivity = Date.now()
  }
  page.on('request', started)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  traffic.set(page, state)
}

/**
 * Waits until the page has made no request for a while. Playwright's `networkidle` only fires once
 * per navigation, but the edit form sends its state to the server 250 ms after each change (and
 * that request takes the document lock): saving before it went out would leave a lock behind.
 */
const settle = async (page: Page, quietMs = 700) => {
  const state = traffic.get(page)
  if (!state) throw new Error('the page was not signed in with signIn()')
  // Quiet counts from now at the earliest, so a request the debounce is about to send is awaited.
  const since = Date.now()
  await expect
    .poll(
      () => state.inFlight === 0 && Date.now() - Math.max(since, state.lastActivity) >= quietMs,
      {
        timeout: UI_TIMEOUT,
        interval: 100,
      },
    )
    .toBe(true)
}

/** Signs in through the admin login form in a fresh context that reads Chinese. */
const signIn = async (email: string): Promise<Page> => {
  const page = await newPage(browser)
  page.setDefaultTimeout(UI_TIMEOUT)
  trackTraffic(page)
  await page.goto('/admin')
  await page.waitForURL(/\/admin\/login/)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

/** Waits for the edit form to be rendered and its first round of form-state requests to finish. */
const formReady = async (page: Page) => {
  await page.locator('#field-title').waitFor()
  await page.locator('#field-reviewState .rs__control').waitFor()
  await settle(page)
  // Someone else's unfinished edit would put up Payload's "document locked" dialog instead.
  expect(await page.locator('#document-locked').isVisible(), 'the document is locked').toBe(false)
}

const openDocument = async (page: Page) => {
  await page.goto(`/admin/collections/interpretations/${id}`)
  await formReady(page)
}

const shownReviewState = (page: Page) =>
  page.locator('#field-reviewState .rs__single-value').innerText()

/** Picks an option of a react-select field by its visible (Chinese) label. */
const choose = async (page: Page, field: string, label: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page
    .locator('.rs__menu .rs__option')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .click()
  await expect.poll(() => page.locator(`#field-${field} .rs__single-value`).innerText()).toBe(label)
  await settle(page)
}

/** Types into a text field and lets the form send its new state. */
const type = async (page: Page, field: string, text: string) => {
  await page.locator(`#field-${field}`).fill(text)
  await settle(page)
}

const isSaveRequest = (response: Response) =>
  ['POST', 'PATCH'].includes(response.request().method()) &&
  /^\/api\/interpretations(\/[^/]+)?$/.test(new URL(response.url()).pathname)

/**
 * Clicks one of the document's save buttons and waits for the request it makes and for the toast
 * that reports it; returns the response's status and the toast's text.
 */
const save = async (page: Page, button: '#action-save-draft' | '#action-save') => {
  await settle(page)
  const [response] = await Promise.all([
    page.waitForResponse(isSaveRequest),
    page.locator(button).click(),
  ])
  const toast = page
    .locator(
      response.ok() ? '.payload-toast-item.toast-success' : '.payload-toast-item.toast-error',
    )
    .last()
  await toast.waitFor()
  const message = await toast.innerText()
  await settle(page)
  return { status: response.status(), message }
}

/** The document as stored, draft included, read by the editor through the REST API. */
const stored = async (): Promise<Stored> => {
  const { status, data } = await rest('GET', `/interpretations/${id}?draft=true&locale=zh`, {
    token: editorToken,
  })
  expect(status).toBe(200)
  return data as Stored
}

describe('an expert submits an interpretation in the admin and an editor publishes it', () => {
  it(
    'the expert drafts a new interpretation, then submits it for review',
    async () => {
      expert = await signIn('expert@laurel.local')
      await expert.goto('/admin/collections/interpretations/create')
      await formReady(expert)
      expect(await shownReviewState(expert)).toBe('草稿')

      await type(expert, 'title', title)
      await choose(expert, 'mechanism', '容错纠错机制')
      await type(expert, 'summary', '初稿：容错纠错的三个区分。')
      const created = await save(expert, '#action-save-draft')
      expect(created.status, created.message).toBe(201)
      await expert.waitForURL((url) => /\/interpretations\/(?!create$)[^/]+$/.test(url.pathname))
      id = decodeURIComponent(expert.url().split('?')[0]!.split('/').pop()!)
      await formReady(expert)
      expect(await stored()).toMatchObject({ title, reviewState: 'draft', _status: 'draft' })

      await choose(expert, 'reviewState', '已提交待审')
      const submitted = await save(expert, '#action-save-draft')
      expect(submitted.status, submitted.message).toBe(200)

      await expert.reload()
      await formReady(expert)
      expect(await shownReviewState(expert)).toBe('已提交待审')
      expect(await stored()).toMatchObject({ title, reviewState: 'submitted', _status: 'draft' })
    },
    STEP_TIMEOUT,
  )

  it(
    'the submitted piece is read-only for the expert, and nothing about it changes',
    async () => {
      if (!expert) throw new Error('the previous step did not sign the expert in')
      await expert.reload()
      await formReady(expert)
      // Payload renders the whole form read-only and offers no save button at all.
      expect(await expert.locator('#field-title').isDisabled()).toBe(true)
      expect(await expert.locator('#field-summary').isDisabled()).toBe(true)
      expect(await expert.locator('#field-reviewState .rs__input').isDisabled()).toBe(true)
      expect(await expert.locator('#action-save-draft, #action-save').count()).toBe(0)
      // Typing is impossible, so the stored piece is exactly what was submitted.
      expect(await stored()).toMatchObject({ title, reviewState: 'submitted' })
    },
    STEP_TIMEOUT,
  )

  it(
    'the editor cannot send it back without a reason, and sends it back with one',
    async () => {
      editor = await signIn('editor@laurel.local')
      await openDocument(editor)
      expect(await shownReviewState(editor)).toBe('已提交待审')
      // The reason field appears only once "sent back" is chosen.
      expect(await editor.locator('#field-rejectionReason').count()).toBe(0)

      await choose(editor, 'reviewState', '退回修改')
      const reason = editor.locator('#field-rejectionReason')
      await reason.waitFor()
      expect(await reason.inputValue()).toBe('')

      const refused = await save(editor, '#action-save-draft')
      expect(refused.status).toBe(400)
      // The toast names the field by its Chinese label.
      expect(refused.message).toContain('退回理由')
      expect(await stored()).toMatchObject({ reviewState: 'submitted', _status: 'draft' })

      await type(editor, 'rejectionReason', REASON)
      const sentBack = await save(editor, '#action-save-draft')
      expect(sentBack.status, sentBack.message).toBe(200)
      expect(await stored()).toMatchObject({
        title,
        reviewState: 'rejected',
        _status: 'draft',
        rejectionReason: REASON,
      })
    },
    STEP_TIMEOUT,
  )

  it(
    'the expert reads the reason, revises the summary and submits it again',
    async () => {
      if (!expert) throw new Error('the first step did not sign the expert in')
      await expert.reload()
      await formReady(expert)
      expect(await shownReviewState(expert)).toBe('退回修改')
      const reason = expert.locator('#field-rejectionReason')
      expect(await reason.inputValue()).toBe(REASON)
      expect(await reason.isDisabled()).toBe(true) // the editor's words, not the expert's
      expect(await expert.locator('#field-summary').isDisabled()).toBe(false)

      await type(expert, 'summary', REVISED_SUMMARY)
      await choose(expert, 'reviewState', '已提交待审')
      const resubmitted = await save(expert, '#action-save-draft')
      expect(resubmitted.status, resubmitted.message).toBe(200)
      expect(await stored()).toMatchObject({
        title,
        summary: REVISED_SUMMARY,
        reviewState: 'submitted',
        _status: 'draft',
      })
    },
    STEP_TIMEOUT,
  )

  it(
    'the editor approves it, which alone does not publish, then publishes it',
    async () => {
      if (!editor) throw new Error('an earlier step did not sign the editor in')
      await openDocument(editor)
      expect(await shownReviewState(editor)).toBe('已提交待审')
      expect(await editor.locator('#field-summary').inputValue()).toBe(REVISED_SUMMARY)

      await choose(editor, 'reviewState', '审核通过')
      const approved = await save(editor, '#action-save-draft')
      expect(approved.status, approved.message).toBe(200)
      expect(await stored()).toMatchObject({ reviewState: 'approved', _status: 'draft' })
      expect((await rest('GET', `/interpretations/${id}`)).status).toBe(404)

      // Payload's own publish button ("发布修改"); the workflow turns it into the move to published.
      const published = await save(editor, '#action-save')
      expect(published.status, published.message).toBe(200)
      expect(await stored()).toMatchObject({
        title,
        summary: REVISED_SUMMARY,
        reviewState: 'published',
        _status: 'published',
      })
      await editor.reload()
      await formReady(editor)
      expect(await shownReviewState(editor)).toBe('已发布')
    },
    STEP_TIMEOUT,
  )

  it(
    'the public reads the revised piece without internal fields, and the home page lists it',
    async () => {
      const seen = await rest('GET', `/interpretations/${id}?locale=zh`)
      expect(seen.status).toBe(200)
      expect(seen.data).toMatchObject({ title, summary: REVISED_SUMMARY, reviewState: 'published' })
      for (const field of ['rejectionReason', 'createdBy']) {
        expect(seen.data).not.toHaveProperty(field)
      }
      expect(JSON.stringify(seen.data)).not.toContain(REASON)

      const reader = await newPage(browser)
      reader.setDefaultTimeout(UI_TIMEOUT)
      const response = await reader.goto('/')
      expect(response?.status()).toBe(200)
      const section = reader.locator('section', {
        has: reader.getByRole('heading', { name: '专家解读', exact: true }),
      })
      await section.getByText(title, { exact: true }).waitFor()
      expect(await section.innerText()).toContain(REVISED_SUMMARY)
      await reader.context().close()
    },
    STEP_TIMEOUT,
  )

  afterAll(async () => {
    await expert?.context().close()
    await editor?.context().close()
  })
})
