// A notice number (区委发〔2026〕12号) is what a reader holding a paper notice types to check that it
// is genuine. Numbers are compared in one normal form: surrounding space trimmed and Unicode NFKC,
// which turns full-width digits, letters and ASCII brackets typed on a Chinese keyboard
// (２０２６, ［ ］, （ ）) into their ordinary forms. The number is stored in the same form.
import { localePath, type Locale } from '@/i18n/locales'

/** Longer than any real notice number; anything longer is not looked up. */
export const NOTICE_NUMBER_MAX = 100

export const normalizeNoticeNumber = (value: string): string => value.normalize('NFKC').trim()

/** The path of a notice number's verification page, without the language prefix. */
export const verifyPath = (number?: string) => {
  const normal = number === undefined ? '' : normalizeNoticeNumber(number)
  return normal ? `/verify/${encodeURIComponent(normal)}` : '/verify'
}

export const localVerifyPath = (locale: Locale, number?: string) =>
  localePath(locale, verifyPath(number))

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment // a lone `%` that was never an escape
  }
}

/**
 * Reads the number back from the page's path segments. A `/` in a number arrives as several
 * segments (some servers decode `%2F`), so they are joined; segments still encoded are decoded.
 */
export const numberFromSegments = (segments: string[]): string | null => {
  const normal = normalizeNoticeNumber(segments.map(decoded).join('/'))
  return normal && normal.length <= NOTICE_NUMBER_MAX ? normal : null
}
