// The two reading languages of the public site. Chinese is the language of record and lives at
// `/` and `/zh/…`; English lives at `/en/…` and falls back to Chinese where no English is written.
import { timeZone } from '@/lib/timeZone'

export const locales = ['zh', 'en'] as const
export type Locale = (typeof locales)[number]

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)

/** The value of `<html lang>` and of hreflang for each reading language. */
export const languageTags: Record<Locale, string> = { zh: 'zh-CN', en: 'en' }

/** A public path in a language: `localePath('en', '/commendations')` is `/en/commendations`. */
export const localePath = (locale: Locale, path = '/') =>
  `/${locale}${path === '/' ? '' : path.startsWith('/') ? path : `/${path}`}`

/** A path with its language prefix taken off, so the same document can be named in the other. */
export const withoutLocale = (pathname: string): { locale: Locale; path: string } => {
  const [, first, ...rest] = pathname.split('/')
  if (isLocale(first)) return { locale: first, path: `/${rest.join('/')}` }
  return { locale: 'zh', path: pathname || '/' }
}

/** A date as readers of the language write it: 2026年3月18日 or 18 March 2026. */
export const formatDate = (value: string | null | undefined, locale: Locale) =>
  value
    ? new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
        dateStyle: 'long',
        timeZone,
      }).format(new Date(value))
    : ''

/** Picks the reader's language from a `{ zh, en }` label. */
export const inLocale = (label: { zh: string; en: string }, locale: Locale) => label[locale]
