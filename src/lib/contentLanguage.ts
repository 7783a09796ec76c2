// Content falls back to Chinese where no English is written, and names and document numbers are
// Chinese in both languages. Such text on the English site is marked `lang="zh-CN"`, so screen
// readers pronounce it as Chinese; Payload does not say which fields fell back, so the text tells.
import { languageTags, type Locale } from '@/i18n/locales'

const han = /\p{Script=Han}/gu
const latin = /[A-Za-z]/g

/**
 * `zh-CN` for Chinese text on the English site; otherwise nothing (the page's own language). A
 * Chinese character carries about a word, so text counts as Chinese when it has at least one for
 * every four Latin letters: an English sentence that names a person in Chinese stays English.
 */
export const contentLang = (text: string | null | undefined, locale: Locale) => {
  if (locale !== 'en' || !text) return undefined
  const hanCount = text.match(han)?.length ?? 0
  return hanCount > 0 && hanCount >= (text.match(latin)?.length ?? 0) / 4
    ? languageTags.zh
    : undefined
}

/** The text of a rich-text value, for telling its language. */
export const plainTextOf = (node: unknown): string => {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
  if (typeof text === 'string') return text
  if (root) return plainTextOf(root)
  return Array.isArray(children) ? children.map(plainTextOf).join(' ') : ''
}
