// What the Chinese admin may show in Latin letters, and how a crawl finds what it must not: a raw
// translation key (`plugin-redirects:fromUrl`, `general:save`) or English words.
import type { Page } from 'playwright-core'

/** A translation key as Payload and its plugins spell them; a clock (12:58) is not one. */
const RAW_KEY = /\b[a-zA-Z][\w-]*:[a-zA-Z][\w]*\b/g

/**
 * Latin words a Chinese admin may show: names (the product, the language switch, demo accounts'
 * domain), file kinds and the district's time zone. Anything else in Latin letters is English
 * that should have been translated.
 */
const ALLOWED_WORDS = new Set([
  'laurel',
  'english',
  'pdf',
  'csv',
  'png',
  'jpg',
  'jpeg',
  'svg',
  'utf',
  'gbk',
  'api',
  'json',
  'id',
  'url',
  'slug',
  'asia',
  'shanghai',
  'local',
  'mb',
  'kb',
  'sha',
])

/** Addresses, emails and file names are data, not language. */
const DATA = /(https?:\/\/\S+|[\w.+-]+@[\w.-]+|\S+\.(png|jpe?g|pdf|csv|svg|webp)\b|\/[\w/.-]+)/gi

export const untranslatedIn = (text: string): { keys: string[]; english: string[] } => {
  const keys = [...text.matchAll(RAW_KEY)].map((match) => match[0])
  const withoutData = text.replace(DATA, ' ')
  const english = [...withoutData.matchAll(/[A-Za-z]{2,}/g)]
    .map((match) => match[0])
    .filter((word) => !ALLOWED_WORDS.has(word.toLowerCase()))
  return { keys: [...new Set(keys)], english: [...new Set(english)] }
}

/** Everything a reader meets on the page: its text, and what assistive technology reads out. */
export const readableText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .flatMap((element) =>
        ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
      )
    return [document.title, document.body.innerText, ...attributes].join('\n')
  })
