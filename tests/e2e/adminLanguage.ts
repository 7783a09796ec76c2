// What the Chinese admin may show in Latin letters, and how a crawl finds what it must not: a raw
// translation key (`plugin-redirects:fromUrl`, `general:save`) or English words.
import type { Page } from 'playwright-core'

/** A translation key as Payload and its plugins spell them; a clock (12:58) is not one. */
const RAW_KEY = /\b[a-zA-Z][\w-]*:[a-zA-Z][\w]*\b/g

/**
 * Latin words a Chinese admin may show: names (the product, Payload's settings, the language
 * switch), file kinds and units, and the district's time zone. "Responsive" is the live preview's
 * own size, which @payloadcms/ui 3.90.1 appends to the breakpoints untranslated
 * (providers/LivePreview); it shows once an editor has opened the preview.
 */
const ALLOWED_WORDS = new Set(
  'laurel payload english pdf csv png jpg jpeg svg webp utf gbk api json id url slug sha asia shanghai local mb kb bytes responsive'.split(
    ' ',
  ),
)

/**
 * Names for assistive technology that Payload 3.90.1, its Lexical editor and the toast library
 * write in English, which no configuration or translation reaches (see the report of issue 12).
 */
export const HARD_CODED_NAMES = [
  'Notifications alt+T', // sonner's toaster region: Payload passes it no containerAriaLabel
  'Close toast', // sonner's close button
  'invisible', // @payloadcms/ui AppHeader
  'Drag to move', // richtext-lexical DraggableBlockPlugin
  'Add block', // richtext-lexical AddBlockHandlePlugin
  'Insert Paragraph', // richtext-lexical InsertParagraphAtEnd
  'Edit link', // richtext-lexical LinkEditor
  'Remove link', // richtext-lexical LinkEditor
  'text dropdown', // richtext-lexical ToolbarDropdown: `${groupKey} dropdown`
  'add dropdown',
  'select-all', // @payloadcms/ui list view's select-all checkbox
  'consent', // @payloadcms/ui 3.90.1 fields/Checkbox/Input.tsx: `title={name}`, the field's path
]

/** @payloadcms/ui 3.90.1 names each chosen value of a has-many relationship `Edit ${label}`. */
const PAYLOAD_EDIT_CHIP = /^Edit .+$/

/** Addresses, emails, file names and types, checksums are data, not language. */
const DATA =
  /(\bTM-\d{4}-\d{6}\b|https?:\/\/\S+|[\w.+-]+@[\w.-]+|\S+\.(png|jpe?g|pdf|csv|svg|webp)\b|\b(application|image|text)\/[\w.+-]+|\b[0-9a-f]{16,}\b|\/[\w/.-]+)/gi

export type Untranslated = { keys: string[]; english: string[] }

/** Raw keys and English words, each English word with a little of the text around it. */
export const untranslatedIn = (text: string, data: string[] = []): Untranslated => {
  const keys = [...text.matchAll(RAW_KEY)].map((match) => match[0])
  const withoutData = data
    .filter(Boolean)
    .reduce((rest, value) => rest.replaceAll(value, ' '), text)
    .replace(DATA, ' ')
  const english = [...withoutData.matchAll(/[A-Za-z]{2,}/g)]
    .filter((match) => !ALLOWED_WORDS.has(match[0].toLowerCase()))
    .map((match) => {
      const at = match.index ?? 0
      return `${match[0]} in “${withoutData.slice(Math.max(0, at - 20), at + 30).replace(/\s+/g, ' ')}”`
    })
  return { keys: [...new Set(keys)], english: [...new Set(english)] }
}

/**
 * The text a reader meets on the page, and separately what assistive technology reads out
 * (aria-label, title, placeholder) minus the library names above.
 */
export const readableText = async (page: Page): Promise<{ text: string; names: string }> => {
  const { text, names } = await page.evaluate(() => {
    const named = [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .flatMap((element) =>
        ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
      )
    return { text: `${document.title}\n${document.body.innerText}`, names: named }
  })
  const ours = names.filter(
    (name) => !HARD_CODED_NAMES.includes(name) && !PAYLOAD_EDIT_CHIP.test(name),
  )
  return { text, names: ours.join('\n') }
}
