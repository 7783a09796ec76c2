// Text written in the admin's rich-text editor, rendered on the server as plain HTML elements.
// Editors' text is data: Lexical's converters escape it, nothing is injected as raw HTML.
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <LexicalRichText
      className={className ?? 'rich-text'}
      data={data as SerializedEditorState}
      disableContainer={false}
    />
  )
}
