// Text written in the admin's rich-text editor, rendered on the server as plain HTML elements.
// Editors' text is data: Lexical's converters escape it, nothing is injected as raw HTML.
// A table keeps its columns and scrolls sideways inside its own labelled box, so the page never
// scrolls sideways on a phone; pictures shrink to the column (richText.css).
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import { localePath, type Locale } from '@/i18n/locales'
import { documentPath, isPublicCollection, sectionPaths } from '@/lib/publicPaths'

import './richText.css'

const tableLabel = { zh: '表格（可左右滑动查看）', en: 'Table (scrolls sideways)' }

type LinkedDoc = { relationTo?: unknown; value?: unknown }

/** A link to a document of the column goes to its public page in the reader's language. */
const hrefOf = (doc: LinkedDoc | undefined, locale: Locale): string => {
  if (!doc || !isPublicCollection(doc.relationTo)) return '#'
  const slug = (doc.value as { slug?: unknown } | null)?.slug
  const path =
    typeof slug === 'string' ? documentPath(doc.relationTo, slug) : sectionPaths[doc.relationTo]
  return localePath(locale, path)
}

const converters =
  (locale: Locale): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({
      internalDocToHref: ({ linkNode }) => hrefOf(linkNode.fields.doc as LinkedDoc, locale),
    }),
    table: ({ node, nodesToJSX }) => (
      // Focusable, so that a keyboard can scroll it too.
      <div className="rich-table" role="region" aria-label={tableLabel[locale]} tabIndex={0}>
        <table>
          <tbody>{nodesToJSX({ nodes: node.children })}</tbody>
        </table>
      </div>
    ),
    tablecell: ({ node, nodesToJSX }) => {
      const Cell = node.headerState > 0 ? 'th' : 'td'
      return (
        <Cell
          colSpan={node.colSpan && node.colSpan > 1 ? node.colSpan : undefined}
          rowSpan={node.rowSpan && node.rowSpan > 1 ? node.rowSpan : undefined}
        >
          {nodesToJSX({ nodes: node.children })}
        </Cell>
      )
    },
  })

export function RichText({
  data,
  className,
  locale = 'zh',
}: {
  data: unknown
  className?: string
  locale?: Locale
}) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <LexicalRichText
      className={className ?? 'rich-text'}
      converters={converters(locale)}
      data={data as SerializedEditorState}
      disableContainer={false}
    />
  )
}
