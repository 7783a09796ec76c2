// A filtered, paged view of a list lives in the address bar as ordinary query parameters
// (`/zh/commendations?year=2025&page=2`), so views are shareable and filter forms work without
// JavaScript. Query strings would make every list page render per request, so src/proxy.ts
// rewrites them to a path (`/zh/commendations/view/year/2025/page/2`) that Next can cache like
// any other page. This module is the one place both forms are written and read.
import { localePath, type Locale } from '@/i18n/locales'

/**
 * The filters lists understand, in the order a canonical view names them. A notice has two years,
 * so neither is called just "year": `issued` is the year it was issued, `assessed` the assessment
 * year it commends.
 */
export const viewKeys = ['issued', 'assessed', 'mechanism', 'category', 'polarity', 'page'] as const
export type ViewKey = (typeof viewKeys)[number]
export type View = Partial<Record<ViewKey, string>>

const valuePattern = /^[a-z0-9-]{1,40}$/

/** Keeps known filters with plausible values and drops the first page, which is the default. */
export const canonicalView = (input: Iterable<[string, string]>): View => {
  const view: View = {}
  for (const [key, value] of input) {
    if ((viewKeys as readonly string[]).includes(key) && valuePattern.test(value)) {
      view[key as ViewKey] = value
    }
  }
  if (view.page === '1') delete view.page
  return view
}

/** `{ year: '2025', page: '2' }` → `year/2025/page/2`, the path the cached page is kept under. */
export const viewPath = (view: View) =>
  viewKeys.flatMap((key) => (view[key] ? [key, view[key]] : [])).join('/')

/** Reads the path form back; anything that is not key/value pairs in canonical order is no view. */
export const parseViewPath = (segments: string[]): View | null => {
  if (segments.length === 0 || segments.length % 2 !== 0) return null
  const pairs: [string, string][] = []
  for (let i = 0; i < segments.length; i += 2) pairs.push([segments[i]!, segments[i + 1]!])
  const view = canonicalView(pairs)
  return viewPath(view) === segments.join('/') ? view : null
}

/** The public address of a view: the list's path and the filters that are set. */
export const listHref = (
  locale: Locale,
  basePath: string,
  filters: Record<string, string | number | undefined>,
) => {
  const view = canonicalView(
    Object.entries(filters).flatMap(([key, value]) =>
      value === undefined || value === '' ? [] : [[key, String(value)] as [string, string]],
    ),
  )
  const query = new URLSearchParams(
    viewKeys.flatMap((key) => (view[key] ? [[key, view[key]]] : [])),
  )
  const search = query.toString()
  return `${localePath(locale, basePath)}${search ? `?${search}` : ''}`
}

/** Whether a view sets only filters this list reads (any other makes it no view of the list). */
export const setsOnly = (view: View, keys: readonly ViewKey[]) =>
  Object.keys(view).every((key) => (keys as readonly string[]).includes(key))

/** A positive whole number from a view, or null when the text is not one. */
export const wholeNumber = (value: string | undefined): number | null =>
  value !== undefined && /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : null
