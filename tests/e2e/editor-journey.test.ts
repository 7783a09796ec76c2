// Journey, in the Chinese admin: an editor approves a submitted interpretation, schedules its
// publication in the district's time zone with the schedule dialog (keyboard alone, axe), sees it
// published when the jobs runner has run, corrects it with a change note and withdraws it through
// the dialog; an administrator then reads the audit trail of all of it, in words.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatInZone, wallTimeOf } from '@/lib/zonedTime'

import {
  axeWithin,
  focusedId,
  formReady,
  move,
  moveThroughDialog,
  reported,
  reviewButtons,
  settle,
  shownReviewState,
  signIn,
  tabTo as tabToIn,
  type,
} from './adminJourney'
import { launchBrowser, rest, restLogin, runDueJobs } from './browser'

const STEP_TIMEOUT = 180_000
const ZONE = 'Asia/Shanghai'
const CHANGE_NOTE = '更正了摘要中的文件名称。'
const WITHDRAWAL = '解读所依据的细则已废止。'

let browser: Browser
let editor: Page
let id: string
let scheduledAt: Date
const title = `定时发布旅程${Date.now()}`

beforeAll(async () => {
  browser = await launchBrowser()
  const expertToken = await restLogin('expert@laurel.local')
  const created = await rest('POST', '/interpretations?draft=true', {
    token: expertToken,
    json: { title, mechanism: 'fault-tolerance', summary: '定时发布的解读。' },
  })
  expect(created.status).toBe(201)
  id = String((created.data.doc as { id: number }).id)
  const submitted = await rest('PATCH', `/interpretations/${id}?draft=true`, {
    token: expertToken,
    json: { reviewState: 'submitted' },
  })
  expect(submitted.status).toBe(200)
})

afterAll(async () => {
  await browser?.close()
})

const openDocument = async () => {
  await editor.goto(`/admin/collections/interpretations/${id}`)
  await formReady(editor)
}

/** Presses a button of the page by keyboard: focus, Enter. */
const press = async (selector: string) => {
  await editor.locator(selector).focus()
  await editor.keyboard.press('Enter')
}

/** Tabs to an element of the page (a date and time field takes a Tab per part). */
const tabTo = (selector: string) => tabToIn(editor, editor.locator(selector), 16)

/** The next whole minute at least 20 seconds away, as the district's clock reads it. */
const nextMinute = () => {
  const at = new Date(Date.now() + 20_000 + 60_000)
  at.setUTCSeconds(0, 0)
  return at
}

describe('an editor schedules a submitted interpretation and withdraws it later', () => {
  it(
    'the editor approves it; Payload’s own publish button is not there beside the review buttons',
    async () => {
      editor = await signIn(browser, 'editor@laurel.local')
      await openDocument()
      expect(await shownReviewState(editor)).toBe('已提交待审')
      expect(await reviewButtons(editor)).toEqual(['通过', '退回修改', '发布'])
      expect(await editor.locator('#action-save').count()).toBe(0)
      expect(await move(editor, 'approve')).toEqual({ status: 200, message: '已审核通过' })
    },
    STEP_TIMEOUT,
  )

  it(
    'the schedule dialog opens on publish, in the district’s time zone, and works by keyboard',
    async () => {
      await settle(editor)
      await press('#review-schedule')
      const dialog = editor.locator('dialog.schedule-dialog[open]')
      await dialog.waitFor()
      expect(await axeWithin(editor, 'dialog.schedule-dialog')).toEqual([])
      expect(await dialog.getByRole('radio', { name: '发布' }).isChecked()).toBe(true)
      expect(await dialog.getByRole('radio', { name: '取消发布' }).count()).toBe(0)
      expect(await dialog.innerText()).toContain('按中国标准时间（Asia/Shanghai）计时')
      await dialog.getByText('尚无安排。').waitFor()

      // Without a time it says what is missing, and schedules nothing.
      await tabTo('#schedule-save')
      await editor.keyboard.press('Enter')
      expect(await dialog.locator('[role="alert"]').innerText()).toBe('请选择日期和时间。')

      // A time tomorrow, then cancelled: the list and the cancel button by keyboard.
      const tomorrow = new Date(Date.now() + 86_400_000)
      await tabTo('dialog.schedule-dialog input[type="datetime-local"]')
      // Chromium's own date-time field is typed part by part; the test sets it whole.
      await dialog.locator('input[type="datetime-local"]').fill(wallTimeOf(tomorrow, ZONE))
      await tabTo('#schedule-save')
      await editor.keyboard.press('Enter')
      const events = dialog.locator('.schedule-dialog__upcoming li')
      await expect.poll(() => events.count()).toBe(1)
      await tabTo('dialog.schedule-dialog .schedule-dialog__upcoming button')
      await editor.keyboard.press('Enter')
      await dialog.getByText('尚无安排。').waitFor()

      // The real one: the next minute, shown as the district's clock reads it.
      const at = nextMinute()
      scheduledAt = at
      await dialog.locator('input[type="datetime-local"]').fill(wallTimeOf(at, ZONE))
      await tabTo('#schedule-save')
      await editor.keyboard.press('Enter')
      const shown = `${formatInZone(at, ZONE, 'zh-CN')} 发布`
      await expect.poll(() => events.allInnerTexts()).toEqual([expect.stringContaining(shown)])
      expect(await axeWithin(editor, 'dialog.schedule-dialog')).toEqual([])

      // Escape closes it and gives the focus back to the button that opened it.
      await editor.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
      expect(await focusedId(editor)).toBe('review-schedule')
      expect((await rest('GET', `/interpretations/${id}`)).status).toBe(404)
    },
    STEP_TIMEOUT,
  )

  it(
    'when its time comes the jobs runner publishes it, and the editor sees it published',
    async () => {
      await expect
        .poll(
          async () => {
            await runDueJobs()
            return (await rest('GET', `/interpretations/${id}?locale=zh`)).data.reviewState
          },
          { timeout: 150_000, interval: 2_000 },
        )
        .toBe('published')
      await openDocument()
      expect(await shownReviewState(editor)).toBe('已发布')
      expect(await reviewButtons(editor)).toEqual(['取消发布', '撤回'])
    },
    STEP_TIMEOUT,
  )

  it(
    'the editor corrects it with a change note, then withdraws it through the dialog',
    async () => {
      await editor.locator('#field-changeNotes').getByRole('button', { name: /添加/ }).click()
      await editor.locator('#field-changeNotes__0__note').waitFor()
      await type(editor, 'changeNotes__0__note', CHANGE_NOTE)
      const corrected = await reported(editor, () => press('#review-correct'))
      expect(corrected).toEqual({ status: 200, message: '更正已发布' })
      const seen = await rest('GET', `/interpretations/${id}?locale=zh`)
      expect(seen.data).toMatchObject({
        reviewState: 'published',
        changeNotes: [{ note: CHANGE_NOTE }],
      })

      await openDocument()
      const withdrawn = await moveThroughDialog(editor, 'withdraw', WITHDRAWAL)
      expect(withdrawn).toEqual({ status: 200, message: '已撤回' })
      const after = await rest('GET', `/interpretations/${id}?locale=zh`)
      expect(after.data).toMatchObject({
        reviewState: 'withdrawn',
        withdrawal: { reason: WITHDRAWAL },
      })
      await editor.context().close()
    },
    STEP_TIMEOUT,
  )
})

describe('an administrator reads the audit trail of it in words', () => {
  it(
    'each step is named for what it was, the schedule with its time in the district’s clock',
    async () => {
      const admin = await signIn(browser, 'admin@laurel.local')
      await admin.goto('/admin/collections/audit-log?limit=50')
      const rows = admin.locator('.collection-list table tbody tr').filter({ hasText: title })
      await rows.first().waitFor()
      const actions = (await rows.locator('td.cell-action').allInnerTexts()).map((a) => a.trim())
      // The schedule cancelled in the dialog: scheduled, then cancelled, before the real one.
      expect(actions).toEqual([
        '撤回',
        '修改',
        '发布',
        '定时发布',
        '取消定时',
        '定时发布',
        '审核通过',
        '提交审核',
        '新建',
      ])

      await rows.nth(3).locator('td.cell-createdAt a').click()
      await admin.waitForURL(/\/admin\/collections\/audit-log\/\d+/)
      const detail = admin.locator('.audit-detail')
      await detail.waitFor()
      const words = await detail.innerText()
      expect(words).toContain('计划操作')
      // The time it was scheduled for, as the district's clock reads it.
      const [day, time] = wallTimeOf(scheduledAt, ZONE).split('T') as [string, string]
      const [year, month, date] = day.split('-').map(Number)
      expect(words).toMatch(new RegExp(`计划时间\\s*${year}年${month}月${date}日 ${time}`))
      await admin.context().close()
    },
    STEP_TIMEOUT,
  )
})
