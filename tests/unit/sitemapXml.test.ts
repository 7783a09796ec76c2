// The sitemaps are well-formed XML of the sitemaps protocol, each page with its hreflang twins.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { sitemapIndexXml, urlSetXml } from '@/lib/sitemapXml'
import { siteUrl } from '@/lib/siteUrl'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' })

describe('a language sitemap', () => {
  const xml = urlSetXml('en', [
    { path: '/', lastModified: '2026-03-01T00:00:00.000Z' },
    { path: '/units/a&b', lastModified: '2026-03-02T00:00:00.000Z' },
    { path: '/units' },
  ])

  it('is well-formed, with one url per page, its address in that language', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    const urls = parser.parse(xml).urlset.url
    expect(urls.map((url: { loc: string }) => url.loc)).toEqual([
      `${siteUrl}/en`,
      `${siteUrl}/en/units/a&b`,
      `${siteUrl}/en/units`,
    ])
    expect(urls[0].lastmod).toBe('2026-03-01T00:00:00.000Z')
    expect(urls[2]).not.toHaveProperty('lastmod')
  })

  it('orders each url as the sitemaps.org schema requires: loc, lastmod, then the alternates', () => {
    const urls = xml.match(/<url>.*?<\/url>/g) ?? []
    expect(urls).toHaveLength(3)
    const alternates = Array(3).fill('xhtml:link')
    const childrenOf = (url: string) => [...url.matchAll(/<([\w:]+)[\s>/]/g)].map((m) => m[1])
    expect(childrenOf(urls[0]!)).toEqual(['url', 'loc', 'lastmod', ...alternates])
    expect(childrenOf(urls[2]!)).toEqual(['url', 'loc', ...alternates])
  })

  it('names the page in both languages and the Chinese one as default', () => {
    const [home] = parser.parse(xml).urlset.url
    expect(home['xhtml:link']).toEqual([
      { rel: 'alternate', hreflang: 'zh-CN', href: `${siteUrl}/zh` },
      { rel: 'alternate', hreflang: 'en', href: `${siteUrl}/en` },
      { rel: 'alternate', hreflang: 'x-default', href: `${siteUrl}/zh` },
    ])
  })
})

describe('the sitemap index', () => {
  it('points to the sitemap of each language, below its language prefix', () => {
    const xml = sitemapIndexXml()
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(parser.parse(xml).sitemapindex.sitemap).toEqual([
      { loc: `${siteUrl}/zh/sitemap-pages.xml` },
      { loc: `${siteUrl}/en/sitemap-pages.xml` },
    ])
  })
})
