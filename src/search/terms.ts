// How text becomes searchable. Chinese is written without spaces, so a word cannot be found by
// splitting on them: each run of Chinese characters is indexed as its overlapping pairs
// ("扶贫工作" → "扶贫 贫工 工作 作"), and a query of two or more characters becomes the phrase of its
// pairs, which occurs inside any longer text that contains it. Other words are kept whole. Both
// sides are normalised alike (NFKC, lower case, no accents), so full-width and case do not matter.

/** Han, kana and Hangul: scripts written without spaces between words. */
const CJK_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}'
const CJK = new RegExp(`[${CJK_CHARS}]`, 'u')
/** A run of those scripts, or a word of any other letters and digits. */
const PIECE = new RegExp(`[${CJK_CHARS}]+|(?:(?![${CJK_CHARS}])[\\p{L}\\p{N}])+`, 'gu')

/** The longest query taken (longer ones are refused) and the most pieces one query may have. */
export const MAX_QUERY_LENGTH = 100
export const MAX_QUERY_PIECES = 8
/** Queries shorter than this (after normalising) find nothing: one character matches everything. */
export const MIN_QUERY_LENGTH = 2

export const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC')

/** The runs of Chinese characters and the other words of a text, normalised, in order. */
export const piecesOf = (text: string): string[] => normalise(text).match(PIECE) ?? []

const isCjk = (piece: string) => CJK.test(piece)

const pairsOf = (run: string) => {
  const chars = Array.from(run)
  if (chars.length === 1) return chars
  return chars.slice(1).map((char, i) => `${chars[i]}${char}`)
}

/** The indexed form of a text: pairs for each Chinese run plus its last character, words as they are. */
export const indexTerms = (text: string) =>
  piecesOf(text)
    .map((piece) => {
      if (!isCjk(piece)) return piece
      const chars = Array.from(piece)
      return [...pairsOf(piece), ...(chars.length > 1 ? [chars[chars.length - 1]] : [])].join(' ')
    })
    .join(' ')

/** The distinct terms of an indexed text (`indexTerms`), as MongoDB's index holds them. */
export const tokensOf = (terms: string) => [...new Set(terms.split(' ').filter(Boolean))]

/**
 * A query as the pieces that must all occur: each is a run of indexed terms in a row (a Chinese
 * run as its pairs, a word as itself). A `prefix` piece may also be the start of a longer term:
 * a single Chinese character (the first of a pair, or a run's last) or a word being typed.
 */
export type QueryPiece = { text: string; terms: string; prefix: boolean }

export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'too-long' }
  | { kind: 'too-short' }
  | { kind: 'ok'; pieces: QueryPiece[] }

export const parseQuery = (raw: unknown): ParsedQuery => {
  const query = typeof raw === 'string' ? raw.trim() : ''
  if (!query) return { kind: 'empty' }
  if (query.length > MAX_QUERY_LENGTH) return { kind: 'too-long' }
  const texts = [...new Set(piecesOf(query))].slice(0, MAX_QUERY_PIECES)
  const length = texts.reduce((sum, text) => sum + Array.from(text).length, 0)
  if (length < MIN_QUERY_LENGTH) return { kind: 'too-short' }
  return {
    kind: 'ok',
    pieces: texts.map((text) => ({
      text,
      terms: isCjk(text) ? pairsOf(text).join(' ') : text,
      prefix: !isCjk(text) || Array.from(text).length === 1,
    })),
  }
}
