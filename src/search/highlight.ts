// Marks what a reader searched for in a result's title and in a short passage of its text. The
// text is compared in its normalised form (as it was indexed) but shown as it was written, so a
// full-width or capitalised match is marked too. The result is plain segments: the page renders
// them as text and <mark> elements, never as HTML.
import { normalise } from './terms'

export type Segment = { text: string; marked: boolean }

const SNIPPET_BEFORE = 30
const SNIPPET_LENGTH = 140

/** The text's characters with their normalised form, so a match can be mapped back. */
const normalisedChars = (text: string) => {
  const chars = Array.from(text)
  let normalised = ''
  const origin: number[] = [] // for each normalised code unit, the index of its original character
  chars.forEach((char, i) => {
    const form = normalise(char)
    normalised += form
    for (let k = 0; k < form.length; k += 1) origin.push(i)
  })
  return { chars, normalised, origin }
}

/** Which original characters fall inside a match of any piece. */
const markedChars = (text: string, pieces: string[]) => {
  const { chars, normalised, origin } = normalisedChars(text)
  const marked = new Array<boolean>(chars.length).fill(false)
  for (const piece of pieces) {
    if (!piece) continue
    for (let at = normalised.indexOf(piece); at >= 0; at = normalised.indexOf(piece, at + 1)) {
      for (let k = at; k < at + piece.length; k += 1) marked[origin[k] as number] = true
    }
  }
  return { chars, marked }
}

const segmentsOf = (chars: string[], marked: boolean[]): Segment[] => {
  const segments: Segment[] = []
  chars.forEach((char, i) => {
    const last = segments[segments.length - 1]
    if (last && last.marked === marked[i]) last.text += char
    else segments.push({ text: char, marked: Boolean(marked[i]) })
  })
  return segments
}

/** The whole text with every match marked (for titles). */
export const highlight = (text: string, pieces: string[]): Segment[] => {
  const { chars, marked } = markedChars(text, pieces)
  return segmentsOf(chars, marked)
}

/** A passage of the text around its first match (or its opening), with the matches marked. */
export const snippet = (text: string, pieces: string[]): Segment[] => {
  const flat = text.replace(/\s+/g, ' ').trim()
  const { chars, marked } = markedChars(flat, pieces)
  const first = marked.indexOf(true)
  const start = first > SNIPPET_BEFORE ? first - SNIPPET_BEFORE : 0
  const end = Math.min(chars.length, start + SNIPPET_LENGTH)
  const segments = segmentsOf(chars.slice(start, end), marked.slice(start, end))
  if (start > 0) segments.unshift({ text: '…', marked: false })
  if (end < chars.length) segments.push({ text: '…', marked: false })
  return segments
}
