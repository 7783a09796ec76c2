// Journey, in the Chinese admin: an expert writes an interpretation and submits it, an editor sends
// it back through the dialog with a reason, the expert reads why, revises and resubmits; the
// editor approves, publishes, corrects it with a change note, withdraws it and reinstates it; the
// public reads it, and each role's dashboard shows it. Driven through the admin UI with the
// review buttons (dialogs by keyboard alone, checked with axe); REST checks what was stored.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  axeWithin,
  choose,
  formReady,
  move,
  moveThroughDialog,
  reported,
  reviewButtons,
  save,
  shownReviewState,
  signIn,
  tabTo,
  type,
  UI_TIMEOUT,
} from './adminJourney'
import { launchBrowser, newPage, rest, restLogin } from './browser'

const STEP_TIMEOUT = 150_000

const REASON = '请补充一个本区的实际案例，并说明适用边界。'
const REVISED_SUMMARY = '修订稿：补充了本区街道干部在招商中免责的实际案例。'
const CHANGE_NOTE = '更正了第二段中的政策文号。'
const WITHDRAWAL = '所依据的政策已修订，本解读不再适用。'

type Stored = {
  title?: string
  summary?: string
  reviewState?: string
  _status?: string
  rejectionReason?: string | null
  withdrawal?: { reason?: string | null; at?: string | null }
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

const openDocument = async (page: Page) => {
  await page.goto(`/admin/collections/interpretations/${id}`)
  await formReady(page)
}

/** The document as stored, draft included, read by the editor through the REST API. */
const stored = async (): Promise<Stored> => {
  const { status, data } = await rest('GET', `/interpretations/${id}?draft=true&locale=zh`, {
    token: editorToken,
  })
  expect(status).toBe(200)
  return data as Stored
}

describe('an expert submits an interpretation in the Chinese admin and an editor publishes it', () => {
  it(
    'the expert drafts a new interpretation, without an author field, then submits it for review',
    async () => {
      expert = await signIn(browser, 'expert@laurel.local')
      await expert.goto('/admin/collections/interpretations/create')
      await formReady(expert)
      // A hook signs the piece with the expert's own name: there is nothing to choose.
      expect(await expert.locator('#field-author').count()).toBe(0)
      expect(await expert.locator('#field-expert').count()).toBe(0)

      await type(expert, 'title', title)
      await choose(expert, 'mechanism', '容错纠错机制')
      await type(expert, 'summary', '初稿：容错纠错的三个区分。')
      const created = await save(expert, '#action-save-draft')
      expect(created.status, created.message).toBe(201)
      await expert.waitForURL((url) => /\/interpretations\/(?!create$)[^/]+$/.test(url.pathname))
      id = decodeURIComponent(expert.url().split('?')[0]!.split('/').pop()!)
      await formReady(expert)
      expect(await shownReviewState(expert)).toBe('草稿')
      expect(await reviewButtons(expert)).toEqual(['提交审核'])
      expect(await stored()).toMatchObject({ title, reviewState: 'draft', _status: 'draft' })
      expect(await axeWithin(expert, '.review-actions')).toEqual([])

      const submitted = await move(expert, 'submit')
      expect(submitted).toEqual({ status: 200, message: '已提交审核' })
      await expect.poll(() => shownReviewState(expert!)).toBe('已提交待审')
      expect(await stored()).toMatchObject({ title, reviewState: 'submitted', _status: 'draft' })
    },
    STEP_TIMEOUT,
  )

  it(
    'the submitted piece is read-only for the expert, and a banner says why and what comes next',
    async () => {
      if (!expert) throw new Error('the previous step did not sign the expert in')
      await expert.reload()
      await formReady(expert)
      expect(await expert.locator('#review-banner').innerText()).toContain('审核期间不能修改')
      expect(await expert.locator('#field-title').isDisabled()).toBe(true)
      expect(await expert.locator('#field-summary').isDisabled()).toBe(true)
      expect(await expert.locator('#action-save-draft, #action-save').count()).toBe(0)
      expect(await reviewButtons(expert)).toEqual([])
      expect(await stored()).toMatchObject({ title, reviewState: 'submitted' })
    },
    STEP_TIMEOUT,
  )

  it(
    'the editor sends it back through the dialog, which will not go without a reason',
    async () => {
      editor = await signIn(browser, 'editor@laurel.local')
      await openDocument(editor)
      expect(await shownReviewState(editor)).toBe('已提交待审')
      expect(await reviewButtons(editor)).toEqual(['通过', '退回修改', '发布'])

      await editor.locator('#review-sendBack').focus()
      await editor.keyboard.press('Enter')
      const dialog = editor.locator('dialog.review-dialog[open]')
      await dialog.waitFor()
      expect(await axeWithin(editor, 'dialog.review-dialog')).toEqual([])
      // Confirming with no reason keeps the dialog open and says what is missing.
      await dialog.locator('.review-dialog__buttons button').last().click()
      expect(await dialog.locator('[role="alert"]').innerText()).toBe('请填写理由。')
      // Escape closes it and nothing changed.
      await editor.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
      expect(await stored()).toMatchObject({ reviewState: 'submitted', _status: 'draft' })

      const sentBack = await moveThroughDialog(editor, 'sendBack', REASON)
      expect(sentBack).toEqual({ status: 200, message: '已退回修改' })
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
    'the expert reads why, revises the summary and submits it again in one press',
    async () => {
      if (!expert) throw new Error('the first step did not sign the expert in')
      await expert.reload()
      await formReady(expert)
      expect(await shownReviewState(expert)).toBe('退回修改')
      const banner = await expert.locator('#review-banner').innerText()
      expect(banner).toContain(REASON)
      const reason = expert.locator('#field-rejectionReason')
      expect(await reason.inputValue()).toBe(REASON)
      expect(await reason.isDisabled()).toBe(true) // the editor's words, not the expert's
      expect(await expert.locator('#field-summary').isDisabled()).toBe(false)

      await type(expert, 'summary', REVISED_SUMMARY)
      const resubmitted = await move(expert, 'submit')
      expect(resubmitted).toEqual({ status: 200, message: '已提交审核' })
      expect(await stored()).toMatchObject({
        title,
        summary: REVISED_SUMMARY,
        reviewState: 'submitted',
        _status: 'draft',
        rejectionReason: null,
      })
    },
    STEP_TIMEOUT,
  )

  it(
    'the editor approves it, which alone does not publish, then publishes it',
    async () => {
      if (!editor) throw new Error('an earlier step did not sign the editor in')
      await openDocument(editor)
      expect(await editor.locator('#field-summary').inputValue()).toBe(REVISED_SUMMARY)

      expect(await move(editor, 'approve')).toEqual({ status: 200, message: '已审核通过' })
      expect(await stored()).toMatchObject({ reviewState: 'approved', _status: 'draft' })
      expect((await rest('GET', `/interpretations/${id}`)).status).toBe(404)
      await expect.poll(() => reviewButtons(editor!)).toEqual(['退回修改', '发布'])

      expect(await move(editor, 'publish')).toEqual({ status: 200, message: '已发布' })
      expect(await stored()).toMatchObject({
        title,
        summary: REVISED_SUMMARY,
        reviewState: 'published',
        _status: 'published',
      })
      await expect.poll(() => shownReviewState(editor!)).toBe('已发布')
      expect(await reviewButtons(editor)).toEqual(['取消发布', '撤回'])
    },
    STEP_TIMEOUT,
  )

  it(
    'the editor corrects it with a public change note and publishes the correction',
    async () => {
      if (!editor) throw new Error('an earlier step did not sign the editor in')
      await openDocument(editor)
      await editor.locator('#field-changeNotes').getByRole('button', { name: /添加/ }).click()
      await editor.locator('#field-changeNotes__0__note').waitFor()
      await type(editor, 'changeNotes__0__note', CHANGE_NOTE)
      // Payload's own publish button is gone: the correction is published by the desk's button.
      expect(await editor.locator('#action-save').count()).toBe(0)
      const corrected = await reported(editor, async () => {
        await editor!.locator('#review-correct').focus()
        await editor!.keyboard.press('Enter')
      })
      expect(corrected).toEqual({ status: 200, message: '更正已发布' })
      const seen = await rest('GET', `/interpretations/${id}?locale=zh`)
      expect(seen.data).toMatchObject({
        reviewState: 'published',
        changeNotes: [{ note: CHANGE_NOTE, at: expect.stringMatching(/^\d{4}-/) }],
      })
    },
    STEP_TIMEOUT,
  )

  it(
    'the editor withdraws it through the dialog with a public reason, then reinstates it',
    async () => {
      if (!editor) throw new Error('an earlier step did not sign the editor in')
      await openDocument(editor)
      const withdrawn = await moveThroughDialog(editor, 'withdraw', WITHDRAWAL)
      expect(withdrawn).toEqual({ status: 200, message: '已撤回' })
      const seen = await rest('GET', `/interpretations/${id}?locale=zh`)
      expect(seen.status).toBe(200)
      expect(seen.data).toMatchObject({
        reviewState: 'withdrawn',
        withdrawal: { reason: WITHDRAWAL },
      })
      await expect.poll(() => shownReviewState(editor!)).toBe('已撤回')

      expect(await reviewButtons(editor)).toEqual(['恢复发布'])
      const reinstated = await moveThroughDialog(editor, 'reinstate')
      expect(reinstated).toEqual({ status: 200, message: '已恢复发布' })
      expect(await stored()).toMatchObject({
        reviewState: 'published',
        withdrawal: { reason: null, at: null },
      })
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

describe("each role's desk on the dashboard", () => {
  it(
    "the expert's dashboard lists their pieces by state; the editor's shows the queues",
    async () => {
      const page = await signIn(browser, 'expert@laurel.local')
      const desk = page.locator('#expert-desk')
      await desk.waitFor()
      const published = desk.locator('section', {
        has: page.getByRole('heading', { name: /已发布/ }),
      })
      expect(await published.innerText()).toContain(title)
      expect(await axeWithin(page, '#expert-desk')).toEqual([])
      // Experts find only what they write with in the navigation.
      const nav = (await page.locator('nav.nav__wrap').textContent()) ?? ''
      for (const hidden of ['单位', '人物', '用户', '跳转', '表彰通报'])
        expect(nav).not.toContain(hidden)
      expect(nav).toContain('专家解读')
      // Their own account stays theirs to open; a hidden collection is not there for them.
      await page.goto('/admin/account')
      expect(await page.locator('#field-email').inputValue()).toBe('expert@laurel.local')
      const units = await page.goto('/admin/collections/units')
      expect(units?.status()).toBe(404)
      await page.context().close()

      const editorPage = await signIn(browser, 'editor@laurel.local')
      const queues = editorPage.locator('#editorial-desk')
      await queues.waitFor()
      const recent = queues.locator('section', {
        has: editorPage.getByRole('heading', { name: /最近发布/ }),
      })
      expect(await recent.innerText()).toContain(title)
      expect(await axeWithin(editorPage, '#editorial-desk')).toEqual([])
      // The queues are links a keyboard reaches: Tab lands on the first of them.
      await tabTo(editorPage, queues.locator('a').first(), 60)

      // Every editorial list shows the review state as a column and filters by it.
      await editorPage.goto('/admin/collections/interpretations')
      // Payload's list writes its query into the address once it has loaded (`?depth=1&limit=10`);
      // a press before that is undone by it, so the test waits for the list as a person would.
      await expect.poll(() => editorPage.url(), { timeout: 30_000 }).toContain('limit=')
      const filter = editorPage.getByRole('navigation', { name: '按审核状态筛选' })
      await filter.getByRole('link', { name: /^已发布/ }).click()
      await expect
        .poll(() => editorPage.url(), { timeout: 30_000 })
        .toMatch(
          /where%5BreviewState%5D%5Bequals%5D=published|where\[reviewState\]\[equals\]=published/,
        )
      const table = editorPage.locator('.table table')
      await table.getByText(title, { exact: true }).waitFor()
      expect(await table.locator('thead').innerText()).toContain('审核状态')
      expect(await axeWithin(editorPage, '.review-state-filter')).toEqual([])
      await editorPage.context().close()
    },
    STEP_TIMEOUT,
  )
})
