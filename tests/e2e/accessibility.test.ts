// Every page template of the public site, in both languages, as axe sees it against WCAG 2.2 AA:
// no violations, one main landmark, a skip link that leads to it, and the page's language set.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, launchBrowser, newestSlug, newPage, rest } from './browser'

let browser: Browser
const templates: Record<string, string> = {}

beforeAll(async () => {
  browser = await launchBrowser()
  const { data } = await rest('GET', '/people?limit=1&depth=0&where[consent][equals]=true')
  const [person] = data.docs as { slug: string }[]
  const year = (
    (await rest('GET', '/commendations?limit=1&depth=0&sort=-assessmentYear')).data.docs as {
      assessmentYear: number
    }[]
  )[0]!.assessmentYear
  const inNotice = (
    (
      await rest(
        'GET',
        '/commendations?limit=1&depth=0&where[publicNotice.state][equals]=in-notice',
      )
    ).data.docs as { slug: string }[]
  )[0]!.slug
  Object.assign(templates, {
    home: '',
    'notice list': '/commendations',
    'filtered notice list': `/commendations?issued=${year}&assessed=${year}`,
    notice: `/commendations/${await newestSlug('commendations')}`,
    'honor roll': `/honor-roll/${year}`,
    'story list': '/model-stories',
    'advanced model': `/model-stories/${await newestSlug('model-stories', '&where[polarity][equals]=positive')}`,
    'warning case': `/model-stories/${await newestSlug('model-stories', '&where[polarity][equals]=negative')}`,
    'interpretation list': '/interpretations',
    interpretation: `/interpretations/${await newestSlug('interpretations')}`,
    'expert index': '/experts',
    expert: `/experts/${await newestSlug('experts')}`,
    'policy list': '/policies',
    policy: `/policies/${await newestSlug('policies')}`,
    'unit index': '/units',
    unit: `/units/${await newestSlug('units')}`,
    person: `/people/${person!.slug}`,
    feeds: '/feeds',
    'notice in its public-notice period': `/commendations/${inNotice}`,
    'nomination form': '/nominate',
    'nomination received': '/nominate/thanks',
    'objection received': '/objections/thanks',
    verify: '/verify',
    'verified notice': `/verify/${encodeURIComponent(
      (
        (await rest('GET', '/commendations?limit=1&depth=0')).data.docs as {
          noticeNumber: string
        }[]
      )[0]!.noticeNumber,
    )}`,
    'no such notice': `/verify/${encodeURIComponent('区委发〔1999〕999号')}`,
    'open data': '/open-data',
    search: '/search',
    'search results': `/search?q=${encodeURIComponent('容错')}`,
    'not found': '/no/such/page',
  })
})

afterAll(async () => {
  await browser?.close()
})

describe.each(['zh', 'en'] as const)('every page template in %s', (locale) => {
  it('has no WCAG 2.2 AA violations axe can find, a main landmark and a working skip link', async () => {
    const page = await newPage(browser)
    const problems: string[] = []
    for (const [template, path] of Object.entries(templates)) {
      const response = await page.goto(`/${locale}${path}`)
      const expected = template === 'not found' || template === 'no such notice' ? 404 : 200
      if (response?.status() !== expected) {
        problems.push(`${template} (/${locale}${path}): answered ${response?.status()}`)
        continue
      }
      expect(await page.locator('html').getAttribute('lang')).toBe(locale === 'zh' ? 'zh-CN' : 'en')
      expect(await page.locator('main').count(), template).toBe(1)
      expect(await page.locator('h1').count(), template).toBe(1)
      for (const violation of await axeViolations(page)) problems.push(`${template}: ${violation}`)
      await page.keyboard.press('Tab')
      const skip = page.locator('a.skip-link')
      expect(await skip.evaluate((link) => link === document.activeElement), template).toBe(true)
    }
    expect(problems, problems.join('\n')).toEqual([])
    await page.context().close()
    // Two dozen templates, each rendered for the first time and then run through axe.
  }, 300_000)
})
