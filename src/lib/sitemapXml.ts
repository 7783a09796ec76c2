// The sitemaps protocol (sitemaps.org) as the site writes it: one index at /sitemap.xml naming a
// sitemap per reading language, each listing that language's pages with their hreflang twins.
// A sitemap may list only addresses below its own folder, hence one under each language prefix.
import { languageTags, localePath, locales, type Locale } from '@/i18n/locales'

import { absoluteUrl } from './siteUrl'

/**
 * Not `sitemap.xml`: Next treats any route of that name as a static metadata file and would
 * never cache it per language.
 */
export const languageSitemapPath = '/sitemap-pages.xml'

export type SitemapPage = { path: string; lastModified?: string }

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character] ??
      character,
  )

const alternateLinks = (path: string) =>
  [
    ...locales.map((locale) => [languageTags[locale], localePath(locale, path)] as const),
    ['x-default', localePath('zh', path)] as const,
  ].map(
    ([hreflang, href]) =>
      `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(absoluteUrl(href))}"/>`,
  )

// The sitemaps.org schema fixes the order: loc, then lastmod, and elements of other namespaces
// (the xhtml:link alternates) last.
const urlElement = (locale: Locale, { path, lastModified }: SitemapPage) =>
  [
    '<url>',
    `<loc>${escapeXml(absoluteUrl(localePath(locale, path)))}</loc>`,
    ...(lastModified ? [`<lastmod>${escapeXml(lastModified)}</lastmod>`] : []),
    ...alternateLinks(path),
    '</url>',
  ].join('')

/** The sitemap of one reading language. */
export const urlSetXml = (locale: Locale, pages: SitemapPage[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...pages.map((page) => urlElement(locale, page)),
    '</urlset>',
    '',
  ].join('\n')

/** The index search engines are pointed to: one sitemap per reading language. */
export const sitemapIndexXml = () =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locales.map(
      (locale) =>
        `<sitemap><loc>${escapeXml(absoluteUrl(localePath(locale, languageSitemapPath)))}</loc></sitemap>`,
    ),
    '</sitemapindex>',
    '',
  ].join('\n')

export const xmlHeaders = { 'Content-Type': 'application/xml; charset=utf-8' }
