// Journey: an editor takes in a year's assessment results in the admin. The guide and a template
// are on the form itself. A file with a bad row is previewed as refused, the problem named by its
// line and still there after a save is tried, and nothing is kept; the sample file from the docs
// is previewed (grades and notice), confirmed, and drafts a notice. REST checks what was stored.
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, newPage, rest, restLogin, signInToAdmin } from './browser'

const UI_TIMEOUT = 30_000
const SAMPLE = path.resolve(import.meta.dirname, '../../docs/samples/assessment-intake.csv')

let browser: Browser
let page: Page
let token: string

type Doc = Record<string, unknown>

beforeAll(async () => {
  browser = await launchBrowser()
  token = await restLogin('editor@laurel.local')
  page = await newPage(browser)
  page.setDefaultTimeout(UI_TIMEOUT)
  await signInToAdmin(page, 'editor@laurel.local')
})

afterAll(async () => {
  await browser?.close()
})

const intakes = async () =>
  (await rest('GET', '/assessment-intakes?depth=0&sort=-createdAt', { token })).data as {
    totalDocs: number
    docs: Doc[]
  }

/** Opens a new intake and chooses the file and the year; the preview answers below the form. */
const choose = async (file: { name: string; buffer: Buffer }, year: string) => {
  await page.goto('/admin/collections/assessment-intakes/create')
  await page.locator('#field-assessmentYear').waitFor()
  await page.waitForLoadState('networkidle')
  await page.locator('input[type="file"]').setInputFiles({ ...file, mimeType: 'text/csv' })
  await page.locator('#field-assessmentYear').fill(year)
}

const confirm = () => page.getByRole('button', { name: '确认导入' }).click()

describe('an editor takes in a year of assessment results in the admin', () => {
  it('the form explains itself and offers a template to download', async () => {
    await page.goto('/admin/collections/assessment-intakes/create')
    await page.getByRole('heading', { name: '如何导入考核结果' }).waitFor()
    const template = page.getByRole('link', { name: '下载模板（CSV）' })
    const [download] = await Promise.all([page.waitForEvent('download'), template.click()])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    expect(await page.getByText('docs/assessment-intake.md').count()).toBe(0)
  })

  it('a file with a bad row is refused row by row before and after saving; nothing is kept', async () => {
    const before = await intakes()
    const bad = '单位,年度,等次,荣誉称号,事迹简介\n青石镇,2026,优秀,先进,\n青山镇,2026,良好,,\n'
    await choose({ name: 'bad.csv', buffer: Buffer.from(bad) }, '2026')
    const problems = page.locator('.intake-problems li')
    await problems.first().waitFor()
    expect(await problems.allInnerTexts()).toEqual([
      expect.stringMatching(/^第 3 行：找不到单位“青山镇”/),
    ])
    await confirm()
    await page
      .locator('.payload-toast-container')
      .getByText(/第 3 行/)
      .first()
      .waitFor()
    // The toast fades; the list on the form stays.
    expect(await problems.count()).toBe(1)
    expect(page.url()).toMatch(/\/create$/)
    expect((await intakes()).totalDocs).toBe(before.totalDocs)
  })

  it('the sample file is taken in: grades written, one draft notice, the outcome on record', async () => {
    const before = await intakes()
    await choose({ name: 'results-2026.csv', buffer: fs.readFileSync(SAMPLE) }, '2026')
    const preview = page.locator('.intake-preview--ok')
    await preview.waitFor()
    expect(await preview.innerText()).toMatch(/读入 6 行考核结果/)
    expect(await preview.innerText()).toMatch(/生成表彰通报草稿《.+》，表彰对象 3 个/)
    expect((await intakes()).totalDocs).toBe(before.totalDocs)
    await confirm()
    await page.waitForURL(/\/admin\/collections\/assessment-intakes\/\d+/)

    const after = await intakes()
    expect(after.totalDocs).toBe(before.totalDocs + 1)
    const [intake] = after.docs
    expect(intake).toMatchObject({ assessmentYear: 2026, outcome: { rowsRead: 6, awardees: 3 } })
    const noticeId = (intake!.outcome as { commendation: number }).commendation

    const { data: notice } = await rest('GET', `/commendations/${noticeId}?draft=true&depth=0`, {
      token,
    })
    expect(notice).toMatchObject({ _status: 'draft', reviewState: 'draft', assessmentYear: 2026 })
    expect((notice.awardees as Doc[]).map((awardee) => awardee.honorTitle)).toEqual([
      '2026年度目标责任考核优秀单位',
      '2026年度目标责任考核优秀单位',
      '2026年度目标责任考核先进集体',
    ])
    // Nobody without an account sees the draft.
    expect((await rest('GET', `/commendations/${noticeId}`)).status).toBe(404)

    const { data: units } = await rest('GET', '/units?where[slug][equals]=he-wan-zhen&depth=0')
    const [hewan] = units.docs as { grades: { year: number; grade: string }[] }[]
    expect(hewan!.grades).toContainEqual(
      expect.objectContaining({ year: 2026, grade: 'excellent' }),
    )
  })
})
