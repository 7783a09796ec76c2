// A reader's feed reader subscribes to the column: every feed answers with its format's media
// type, parses, and every item leads to a page that exists.
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, newPage } from './browser'

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'entry'].includes(name),
})
const feeds = ['all', 'commendations', 'model-stories', 'interpretations', 'policies']

const get = async (path: string) => {
  const response = await fetch(new URL(path, baseUrl()))
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  }
}

describe.each(['zh', 'en'])('the %s feeds', (locale) => {
  it.each(feeds)('%s: RSS 2.0 and Atom parse and their items lead to pages', async (name) => {
    const rss = await get(`/${locale}/feeds/${name}/rss.xml`)
    expect(rss.status).toBe(200)
    expect(rss.type).toContain('application/rss+xml')
    const channel = parser.parse(rss.text).rss.channel
    expect(channel.item.length).toBeGreaterThan(0)

    const atom = await get(`/${locale}/feeds/${name}/atom.xml`)
    expect(atom.type).toContain('application/atom+xml')
    const entries = parser.parse(atom.text).feed.entry as { link: { '@_href': string } }[]
    expect(entries.map((entry) => entry.link['@_href'])).toEqual(
      (channel.item as { link: string }[]).map((item) => item.link),
    )
    const first = new URL(channel.item[0].link)
    expect(first.pathname).toMatch(new RegExp(`^/${locale}/`))
    expect((await get(first.pathname)).status).toBe(200)
  })
})

it('answers 404 for a feed that does not exist', async () => {
  expect((await get('/zh/feeds/secrets/rss.xml')).status).toBe(404)
})

describe('a reader who wants to follow the column', () => {
  it.each([
    ['zh', '订阅', '如何订阅'],
    ['en', 'Subscribe', 'How to subscribe'],
  ])(
    '%s: goes from the footer to the page that explains feeds, not to raw XML',
    async (locale, link, how) => {
      const browser = await launchBrowser()
      try {
        const page = await newPage(browser, { javaScriptEnabled: false })
        await page.goto(`/${locale}`)
        await page.locator('footer').getByRole('link', { name: link, exact: true }).click()
        await page.waitForURL(new RegExp(`/${locale}/feeds$`))
        expect(await page.getByRole('heading', { level: 2, name: how }).count()).toBe(1)
        const addresses = await page.locator('main code').allInnerTexts()
        // Whole addresses (under LAUREL_PUBLIC_URL), to paste into a reader.
        expect(addresses.some((text) => /^https?:\/\/.+\/feeds\/all\/rss\.xml$/.test(text))).toBe(
          true,
        )
        expect(addresses).toHaveLength(feeds.length * 2)
        await page.context().close()
      } finally {
        await browser.close()
      }
    },
  )
})
