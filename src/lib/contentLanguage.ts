// Content falls back to Chinese where no English is written, and people's names are Chinese in
// both languages. Marking such text with its language lets screen readers pronounce it rightly.
import type { Locale } from '@/i18n/locales'

const han = /\p{Script=Han}/u

/** The `lang` for a piece of content on a page in `locale`, when it differs from the page's. */
export const contentLang = (text: string | null | undefined, locale: Locale) =>
  locale === 'en' && text && han.test(text) ? 'zh-CN' : undefined
