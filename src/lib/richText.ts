// Builds Lexical rich-text values from plain paragraphs (demo content, bulk intake).
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

export const paragraphsToRichText = (paragraphs: string[]): SerializedEditorState =>
  ({
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      })),
    },
  }) as unknown as SerializedEditorState
