// Journeys of a reader taking part: recommending a model with and without JavaScript, getting a
// refused form back with its messages and what was typed, objecting to a notice in its
// public-notice period, and that notice's page turning final by itself when the period ends.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  axeViolations,
  baseUrl,
  DEMO_PASSWORD,
  launchBrowser,
  newPage,
  rest,
  restLogin,
  runDueJobs,
} from './browser'

let browser: Browser
let editor: string

const latest = async (collection: 'nominations' | 'objections') => {
  const { status, data } = await rest('GET', `/${collection}?limit=1&sort=-createdAt&depth=0`, {
    token: editor,
  })
  expect(status).toBe(200)
  return (data.docs as Record<string, unknown>[])[0]!
}

/** A field by the start of its label: "推荐人姓名" must not find "被推荐人姓名". */
const labelled = (page: Page, text: string) =>
  page.getByLabel(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))

const fillNomination = async (page: Page, labels: Record<string, string>, values: string[]) => {
  const order = ['nominee', 'unit', 'deeds', 'name', 'contact'] as const
  for (const [index, key] of order.entries()) {
    await labelled(page, labels[key]!).fill(values[index]!)
  }
}

const zhLabels = {
  nominee: '被推荐的个人姓名或单位名称',
  unit: '被推荐人所在单位',
  deeds: '主要事迹',
  name: '推荐人姓名',
  contact: '推荐人联系方式',
}

// The server tells readers apart by x-forwarded-for (docs/adr/0017): each journey here is its own
// reader, so the five-a-minute limit does not hold back the next journey.
let readers = 0
const reader = (options: { javaScriptEnabled?: boolean } = {}) =>
  newPage(browser, {
    ...options,
    extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${(readers += 1)}` },
  })

beforeAll(async () => {
  browser = await launchBrowser()
  editor = await restLogin('editor@laurel.local')
})

afterAll(async () => {
  await browser?.close()
})

describe('a reader recommends a model', () => {
  it('with JavaScript: fills the form, lands on the thank-you page, and editors see it', async () => {
    const page = await reader()
    await page.goto('/zh')
    // From the masthead's link beside the sections.
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '我要推荐' })
      .click()
    await page.waitForURL(/\/zh\/nominate$/)
    await fillNomination(page, zhLabels, [
      '赵一心',
      '河湾镇人民政府',
      '带领群众连夜转移，保住了全村的粮种。',
      '钱热心',
      'qian@example.org',
    ])
    await page.getByLabel(/我同意/).check()
    await page.getByRole('button', { name: '提交推荐' }).click()
    await page.waitForURL(/\/zh\/nominate\/thanks\/TM-\d{4}-\d{6}$/)
    expect(await page.locator('h1').innerText()).toBe('推荐已收到')
    const stored = await latest('nominations')
    expect(stored).toMatchObject({
      nomineeKind: 'person',
      nominee: '赵一心',
      nominatorContact: 'qian@example.org',
      status: 'new',
    })
    // The sender is shown the number the editors see.
    expect(await page.locator('.form-reference').innerText()).toBe(`推荐编号：${stored.reference}`)
    await page.context().close()
  })

  it('without JavaScript, in English', async () => {
    const page = await reader({ javaScriptEnabled: false })
    await page.goto('/en/nominate')
    await fillNomination(
      page,
      {
        nominee: 'Name of the person or unit',
        unit: "The person's unit",
        deeds: 'What they did',
        name: 'Your name',
        contact: 'Your contact',
      },
      [
        'Sun Li',
        'Qingshan Town',
        'Kept the clinic open all winter.',
        'Zhou Wen',
        '+86 139 0000 1111',
      ],
    )
    await page.getByLabel(/I agree/).check()
    await page.getByRole('button', { name: 'Send the recommendation' }).click()
    await page.waitForURL(/\/en\/nominate\/thanks\/TM-\d{4}-\d{6}$/)
    expect(await page.locator('h1').innerText()).toBe('Recommendation received')
    const stored = await latest('nominations')
    expect(stored).toMatchObject({ nominee: 'Sun Li' })
    expect(await page.locator('.form-reference').innerText()).toBe(
      `Reference number: ${stored.reference}`,
    )
    await page.context().close()
  })

  it('recommends a whole unit without JavaScript, and an editor finds it by its number in the admin', async () => {
    const page = await reader({ javaScriptEnabled: false })
    await page.goto('/zh/nominate')
    await page.getByRole('radio', { name: '单位' }).check()
    await labelled(page, zhLabels.nominee).fill('河湾镇人民政府')
    await labelled(page, zhLabels.deeds).fill('汛期组织全镇转移群众，无一伤亡。')
    await labelled(page, zhLabels.name).fill('孙热心')
    await labelled(page, zhLabels.contact).fill('13900001111')
    await page.getByLabel(/我同意/).check()
    await page.getByRole('button', { name: '提交推荐' }).click()
    await page.waitForURL(/\/zh\/nominate\/thanks\/TM-\d{4}-\d{6}$/)
    const reference = new URL(page.url()).pathname.split('/').at(-1)!
    expect(await page.locator('.form-reference').innerText()).toContain(reference)
    expect(await latest('nominations')).toMatchObject({
      nomineeKind: 'unit',
      nominee: '河湾镇人民政府',
      reference,
    })
    await page.context().close()

    const admin = await newPage(browser)
    await admin.goto('/admin')
    await admin.waitForURL(/\/admin\/login/)
    await admin.locator('#field-email').fill('editor@laurel.local')
    await admin.locator('#field-password').fill(DEMO_PASSWORD)
    await admin.locator('form button[type="submit"]').click()
    await admin.waitForURL((url) => url.pathname === '/admin')
    await admin.goto('/admin/collections/nominations')
    const row = admin.locator('table tbody tr', { hasText: reference })
    await row.waitFor({ timeout: 30_000 })
    expect(await row.innerText()).toContain('河湾镇人民政府')
    expect(await admin.locator('table thead').innerText()).toContain('推荐编号')
    await admin.context().close()
  })

  it('a blank field and a bad contact come back as a 400 with messages, what was typed kept as text', async () => {
    const page = await reader({ javaScriptEnabled: false })
    await page.goto('/zh/nominate')
    const markup = '<b>连续</b>三年扎根基层'
    // Blank (spaces pass the browser's own check) and not a contact: the server refuses both.
    await fillNomination(page, zhLabels, ['   ', '新埠镇', markup, '吴热心', 'not-a-contact'])
    await page.getByLabel(/我同意/).check()
    const [response] = await Promise.all([
      page.waitForResponse((answer) => answer.url().endsWith('/zh/nominate/send')),
      page.getByRole('button', { name: '提交推荐' }).click(),
    ])
    expect(response.status()).toBe(400)
    await page.waitForLoadState()
    const nominee = labelled(page, zhLabels.nominee)
    expect(await nominee.getAttribute('aria-invalid')).toBe('true')
    const described = (await nominee.getAttribute('aria-describedby'))!.split(' ')
    expect(await page.locator(`[id="${described.at(-1)}"]`).innerText()).toBe('请填写此项。')
    expect(await page.locator('#nomination-nominatorContact-error').innerText()).toContain(
      '有效的电子邮箱或电话号码',
    )
    expect(await labelled(page, zhLabels.deeds).inputValue()).toBe(markup)
    expect(await labelled(page, zhLabels.name).inputValue()).toBe('吴热心')
    expect(await page.getByLabel(/我同意/).isChecked()).toBe(true)
    expect(await page.locator('main b').count()).toBe(0)
    expect(await page.getByRole('alert').innerText()).toContain('提交未成功')
    await page.context().close()
  })

  it('the refused form, as it comes back, has no WCAG 2.2 AA violations axe can find', async () => {
    // axe runs in the page, so this one has JavaScript; the form itself does not need it.
    const page = await reader()
    await page.goto('/zh/nominate')
    await fillNomination(page, zhLabels, ['   ', '新埠镇', '扎根基层。', '吴热心', 'x'])
    await page.getByLabel(/我同意/).check()
    await page.getByRole('button', { name: '提交推荐' }).click()
    await page.locator('#nomination-nominee-error').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})

describe('a reader objects to a notice in its public-notice period', () => {
  it('sees the period on the list and the notice, objects, and only editors read the objection', async () => {
    const { data } = await rest(
      'GET',
      '/commendations?limit=1&depth=0&where[publicNotice.state][equals]=in-notice',
    )
    const [notice] = data.docs as { slug: string; title: string; id: number }[]
    expect(notice, 'the demo seed has a notice in its public-notice period').toBeTruthy()
    const page = await reader()
    await page.goto('/zh/commendations')
    const item = page.locator('.notice-list li', { hasText: notice!.title })
    expect(await item.innerText()).toContain('公示中')
    await page.goto(`/zh/commendations/${notice!.slug}`)
    expect(await page.getByRole('heading', { name: '公示中' }).isVisible()).toBe(true)
    await page.getByLabel('您的姓名').fill('郑监督')
    await labelled(page, '联系方式').fill('zheng@example.org')
    await page.getByLabel('异议内容').fill('名单中一名同志的事迹与事实不符，请核实。')
    await page.getByLabel(/我同意/).check()
    // Beside the form, the office's other channels from the site settings.
    expect(await page.locator('.office-channels').innerText()).toContain('0000-12345678')
    await page.getByRole('button', { name: '提交异议' }).click()
    await page.waitForURL(new RegExp(`/zh/objections/thanks/${notice!.slug}$`))
    expect(await page.locator('h1').innerText()).toBe('异议已收到')
    // The thank-you page leads back to the notice.
    await page.getByRole('link', { name: '返回通报' }).click()
    await page.waitForURL(new RegExp(`/zh/commendations/${notice!.slug}$`))
    expect(await latest('objections')).toMatchObject({
      commendation: notice!.id,
      objectorContact: 'zheng@example.org',
    })
    expect((await rest('GET', '/objections')).status).toBe(403)
    await page.context().close()
  })
})

describe('a public-notice period ends', () => {
  it('the scheduled task makes the notice final and its cached page says so', async () => {
    const { data: units } = await rest('GET', '/units?limit=1&depth=0')
    const unit = (units.docs as { id: number }[])[0]!.id
    const created = await rest('POST', '/commendations', {
      token: editor,
      json: {
        title: '关于拟表彰公示期测试集体的通报',
        noticeNumber: `测试公示〔2026〕${Date.now()}号`,
        issuingBody: '区委办公室',
        // Older than every demo notice, so journeys that open the newest one still find its PDF.
        issuedAt: '2021-01-15',
        assessmentYear: 2020,
        mechanism: 'incentive',
        summary: '公示期测试。',
        awardees: [{ unit, honorTitle: '先进集体' }],
        publicNotice: { state: 'in-notice', endsAt: new Date(Date.now() + 5_000).toISOString() },
        _status: 'published',
      },
    })
    expect(created.status, JSON.stringify(created.data)).toBe(201)
    const slug = (created.data.doc as { slug: string }).slug
    const path = new URL(`/zh/commendations/${slug}`, baseUrl())
    expect(await (await fetch(path)).text()).toContain('公示中')
    const cached = await fetch(path)
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')
    // Once the period has ended, the next request of the jobs runner makes the notice final and
    // expires its page; the test asks as the runner does instead of waiting for its next round.
    await expect
      .poll(
        async () => {
          await runDueJobs()
          return (await fetch(path)).text()
        },
        { timeout: 30_000, interval: 500 },
      )
      .toContain('公示已于')
    expect(await (await fetch(path)).text()).not.toContain('提交异议')
  })
})
