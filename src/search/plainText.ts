// The words of a Lexical rich-text value, one line per block, for the search index. Only text
// nodes are read: links' addresses, images and formatting are left out.
type LexicalNode = { type?: string; text?: unknown; children?: unknown }

const textOf = (node: LexicalNode): string => {
  if (typeof node.text === 'string') return node.text
  if (!Array.isArray(node.children)) return ''
  const parts = (node.children as LexicalNode[]).map(textOf)
  // Blocks (paragraphs, headings, list items) end a line; inline nodes run on.
  return node.type === 'root' || node.type === 'list' ? parts.join('\n') : parts.join('')
}

export const plainText = (value: unknown): string => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return root ? textOf(root).trim() : ''
}
