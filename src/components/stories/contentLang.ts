// Readers of the English site get the Chinese wherever no English was written, and names and
// document numbers exist only in Chinese. Such text is marked `lang="zh-CN"`, so screen readers
// pronounce it as Chinese; Payload does not say which fields fell back, so the text itself tells.
import type { Locale } from '@/i18n/locales'

const han = /\p{Script=Han}/gu
const latin = /[A-Za-z]/g

/** The text of a rich-text value, for telling its language. */
export const plainTextOf = (node: unknown): string => {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
  if (typeof text === 'string') return text
  if (root) return plainTextOf(root)
  return Array.isArray(children) ? children.map(plainTextOf).join(' ') : ''
}

/** `zh-CN` for Chinese text on the English site; otherwise nothing (the page's own language). */
export const contentLang = (locale: Locale, text: string | null | undefined) => {
  if (locale !== 'en' || !text) return undefined
  const hanCount = text.match(han)?.length ?? 0
  return hanCount > 0 && hanCount >= (text.match(latin)?.length ?? 0) / 4 ? 'zh-CN' : undefined
}
