// A notice number (区委发〔2026〕12号) is what a reader holding a paper notice types to check that it
// is genuine. People type the year's brackets as whatever their keyboard offers ((), （）, [], ［］,
// 【】), with spaces and full-width digits, so numbers are compared in one canonical form, the
// official one: Unicode NFKC (full-width digits and brackets become ordinary ones), the year's
// brackets made 〔〕, and spaces dropped in a Chinese number (collapsed in any other). The number
// is stored in the same form.
import { localePath, type Locale } from '@/i18n/locales'

/** Longer than any real notice number; anything longer is not looked up. */
export const NOTICE_NUMBER_MAX = 100

// After NFKC, （ and ［ are ( and [; 【】 and 〖〗 have no compatibility form and stay as typed.
const YEAR_IN_BRACKETS = /[([【〖〔]\s*(\d{4})\s*[)\]】〗〕]/g
const HAN = /\p{Script=Han}/u

export const normalizeNoticeNumber = (value: string): string => {
  const bracketed = value.normalize('NFKC').trim().replace(YEAR_IN_BRACKETS, '〔$1〕')
  return HAN.test(bracketed) ? bracketed.replace(/\s+/g, '') : bracketed.replace(/\s+/g, ' ')
}

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

/** The number as it was written in the path: a `/` in a number may arrive as several segments. */
export const typedNumber = (segments: string[]) => segments.map(decoded).join('/')

/**
 * Reads the number back from the page's path segments. A `/` in a number arrives as several
 * segments (some servers decode `%2F`), so they are joined; segments still encoded are decoded.
 */
export const numberFromSegments = (segments: string[]): string | null => {
  const normal = normalizeNoticeNumber(typedNumber(segments))
  return normal && normal.length <= NOTICE_NUMBER_MAX ? normal : null
}
