// English pages show the Chinese where no English is written (Payload's fallback), and Chinese
// names stay Chinese. Marking such text lets screen readers and fonts read it as Chinese.
import { languageTags, type Locale } from '@/i18n/locales'

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0

/** More Chinese characters than Latin letters: an English title naming a person stays English. */
const isChinese = (text: string) => count(text, /[\u3400-\u9fff]/g) > count(text, /[A-Za-z]/g)

/** The `lang` a piece of content needs on a page in `locale`, when it differs from the page's. */
export const textLanguage = (text: string | null | undefined, locale: Locale) =>
  locale === 'en' && text && isChinese(text) ? languageTags.zh : undefined

/** The words of a rich-text document, to tell its language by. */
export const plainText = (node: unknown): string => {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
  const own = typeof text === 'string' ? text : ''
  const nested = Array.isArray(children) ? children.map(plainText).join(' ') : ''
  return `${own} ${nested} ${root ? plainText(root) : ''}`
}
