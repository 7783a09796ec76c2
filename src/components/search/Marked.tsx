// Text with a reader's search terms marked. The segments are rendered as text and <mark>, so
// nothing stored is ever interpreted as HTML.
import type { Segment } from '@/search/highlight'

export function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, i) =>
    segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text,
  )
}
