// Journey: an editor publishes a policy whose body has a wide table and a picture, written with the
// editor's toolbar features; a reader on a narrow phone reads it without scrolling the page
// sideways: the table scrolls inside its own labelled box, the picture fits the column.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToRichText } from '@/lib/richText'

import { launchBrowser, newPage, rest, restLogin } from './browser'

let browser: Browser
let page: Page
let slug: string

/** One paragraph of Lexical JSON, as the demo content writes it. */
const paragraph = (value: string) => paragraphsToRichText([value]).root.children[0]!
const cell = (value: string, header = false) => ({
  type: 'tablecell',
  headerState: header ? 1 : 0,
  colSpan: 1,
  rowSpan: 1,
  version: 1,
  children: [paragraph(value)],
})
const COLUMNS = ['单位名称', '考核类别', '二〇二四年度等次', '二〇二五年度等次', '二〇二六年度等次']
const row = (cells: string[], header = false) => ({
  type: 'tablerow',
  version: 1,
  children: cells.map((value) => cell(value, header)),
})

beforeAll(async () => {
  browser = await launchBrowser()
  const token = await restLogin('editor@laurel.local')
  const { data: media } = await rest('GET', '/media?limit=1&depth=0', { token })
  const picture = (media.docs as { id: number }[])[0]!.id
  const body = {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        paragraph('各单位近三年考核等次如下表。'),
        {
          type: 'table',
          version: 1,
          children: [
            row(COLUMNS, true),
            row(['青石镇重点开发区域管理委员会', '重点开发区域', '优秀', '良好', '优秀']),
          ],
        },
        {
          type: 'upload',
          version: 3,
          format: '',
          relationTo: 'media',
          value: picture,
          fields: null,
        },
      ],
    },
  }
  const stamp = Date.now()
  const { status, data } = await rest('POST', '/policies', {
    token,
    json: {
      title: `表格测试办法${stamp}`,
      documentNumber: `表格测试〔2026〕${stamp % 100000}号`,
      issuingBody: '区委',
      issuedAt: '2026-01-10T00:00:00.000Z',
      effectiveFrom: '2026-02-01T00:00:00.000Z',
      status: 'in-force',
      summary: '表格与图片。',
      body,
      _status: 'published',
    },
  })
  expect(status).toBe(201)
  slug = (data.doc as { slug: string }).slug
  page = await newPage(browser, { viewport: { width: 320, height: 640 } })
})

afterAll(async () => {
  await browser?.close()
})

describe('a reader on a phone reads a policy with a wide table and a picture', () => {
  it('the text never runs off the screen; the table scrolls in its labelled box', async () => {
    await page.goto(`/zh/policies/${slug}`)
    const table = page.getByRole('region', { name: '表格（可左右滑动查看）' })
    await table.waitFor()
    expect(await table.locator('th').allInnerTexts()).toEqual(COLUMNS)
    // What of the body text sticks out past the screen's right edge, named for the failure
    // message; what scrolls inside its own box (the table's cells) does not move the page.
    const overflowing = await page.evaluate(() => {
      // Boxes inside the body text only: the page's own overflow setting must not hide anything.
      const scrollsInside = (element: Element) => {
        const root = element.closest('.rich-text')
        for (let up = element.parentElement; up && up !== root; up = up.parentElement) {
          if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX)) return true
        }
        return false
      }
      return [...document.querySelectorAll('.rich-text, .rich-text *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((element) => !scrollsInside(element))
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    })
    expect(overflowing).toEqual([])
    const box = await table.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
      focusable: (element as HTMLElement).tabIndex === 0,
    }))
    // It fits the phone by wrapping its cells, or scrolls inside its box: never wider than the screen.
    expect(box.client).toBeLessThanOrEqual(320)
    expect(box.focusable).toBe(true)
  })

  it('the picture fits the column', async () => {
    const picture = page.locator('.rich-text img').first()
    await picture.waitFor()
    const { width, column } = await picture.evaluate((element) => ({
      width: element.getBoundingClientRect().width,
      column: element.closest('.rich-text')!.getBoundingClientRect().width,
    }))
    expect(width).toBeGreaterThan(0)
    expect(width).toBeLessThanOrEqual(column)
  })
})
