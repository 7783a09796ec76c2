// Turns a list's query string into the cached path form of the same view (see src/lib/listView.ts),
// and the notice-verification form's `?number=` into the address of that number's cached result.
// It runs only for list addresses that carry a filter and for verification, so every other page is
// served straight from the cache without passing through here; and for the responses rendered per
// request anyway (the admin, search, and every page in a staff member's draft-mode preview), which
// get a script nonce per response.
import { NextResponse, type NextRequest } from 'next/server'

import { isLocale } from '@/i18n/locales'
import {
  isAdminPath,
  isRenderedPerRequest,
  isSearchPath,
  nonceSecurity,
  withAdminNonce,
  withPolicy,
} from '@/lib/contentSecurityNonce'
import { canonicalView, viewPath } from '@/lib/listView'
import { localVerifyPath, numberFromSegments, typedNumber } from '@/lib/noticeNumber'

/** `/zh/verify?number=…` (or `/verify?number=…`) → `/zh/verify/<number>`, the result's address. */
const verificationResult = (request: NextRequest) => {
  const [, first] = request.nextUrl.pathname.split('/')
  const url = request.nextUrl.clone()
  url.pathname = localVerifyPath(
    isLocale(first) ? first : 'zh',
    request.nextUrl.searchParams.get('number') ?? '',
  )
  url.search = ''
  return NextResponse.redirect(url, 303)
}

/**
 * `/zh/verify/区纪发(2025)11号` → 308 to `/zh/verify/区纪发〔2025〕11号`: a number typed into the
 * address goes to the one cached page of its official form, as the form's number does.
 */
const officialNumberAddress = (request: NextRequest) => {
  const [, first, ...rest] = request.nextUrl.pathname.split('/')
  const locale = isLocale(first) ? first : 'zh'
  const segments = (isLocale(first) ? rest : [first ?? '', ...rest]).slice(1)
  const official = numberFromSegments(segments)
  if (!official || official === typedNumber(segments)) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = localVerifyPath(locale, official)
  return NextResponse.redirect(url, 308)
}

/**
 * `?year=` named the assessment year before notices could be filtered by the year issued too;
 * addresses shared then keep their meaning under the new name.
 */
const renamedYear = (request: NextRequest) => {
  const url = request.nextUrl.clone()
  url.searchParams.set('assessed', url.searchParams.get('year') ?? '')
  url.searchParams.delete('year')
  return NextResponse.redirect(url, 308)
}

/** A filtered list → the cached path of its view (the query string is then no longer needed). */
const viewOf = (request: NextRequest, init?: { request: { headers: Headers } }) => {
  const url = request.nextUrl.clone()
  const view = viewPath(canonicalView(url.searchParams.entries()))
  url.search = ''
  if (view) url.pathname = `${url.pathname.replace(/\/$/, '')}/view/${view}`
  return NextResponse.rewrite(url, init)
}

/** Search, and every page in draft mode: rendered for this request, with this response's nonce. */
const renderedWithNonce = async (request: NextRequest) => {
  const security = await nonceSecurity(request, "'self'")
  const init = { request: { headers: security.requestHeaders } }
  const { pathname, searchParams } = request.nextUrl
  const isList = !isSearchPath(pathname) && viewPath(canonicalView(searchParams.entries()))
  return withPolicy(isList ? viewOf(request, init) : NextResponse.next(init), security)
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (isAdminPath(pathname)) return withAdminNonce(request)
  if (/^(\/(zh|en))?\/verify\/?$/.test(pathname)) return verificationResult(request)
  if (/^(\/(zh|en))?\/verify\/./.test(pathname)) return officialNumberAddress(request)
  if (searchParams.has('year') && /^\/(zh|en)\/commendations\/?$/.test(pathname)) {
    return renamedYear(request)
  }
  if (isRenderedPerRequest(request)) return renderedWithNonce(request)
  return viewOf(request)
}

// Next reads the matcher at build time, so it must be written out literally: the list pages and
// unit pages (which page their notices), each once per filter key of src/lib/listView.ts, and a
// year's honor roll (which pages one group at a time), the submitted verification form and the
// verification pages (to put a typed number in its official form), and the notice list's old
// `?year=`.
export const config = {
  matcher: [
    // The admin, search and draft-mode previews, for their per-response script nonce
    // (src/lib/contentSecurityNonce.ts).
    '/admin',
    '/admin/:path*',
    '/:locale(zh|en)/search',
    '/search',
    {
      source: '/((?!api/|_next/|next/|admin).*)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
    { source: '/:locale(zh|en)/verify', has: [{ type: 'query', key: 'number' }] },
    { source: '/verify', has: [{ type: 'query', key: 'number' }] },
    { source: '/:locale(zh|en)/verify/:number+' },
    { source: '/verify/:number+' },
    { source: '/:locale(zh|en)/commendations', has: [{ type: 'query', key: 'year' }] },
    {
      source: '/:locale(zh|en)/:list(commendations|model-stories|interpretations|policies)',
      has: [{ type: 'query', key: 'issued' }],
    },
    {
      source: '/:locale(zh|en)/:list(commendations|model-stories|interpretations|policies)',
      has: [{ type: 'query', key: 'assessed' }],
    },
    {
      source: '/:locale(zh|en)/:list(commendations|model-stories|interpretations|policies)',
      has: [{ type: 'query', key: 'mechanism' }],
    },
    {
      source: '/:locale(zh|en)/:list(commendations|model-stories|interpretations|policies)',
      has: [{ type: 'query', key: 'category' }],
    },
    {
      source: '/:locale(zh|en)/:list(commendations|model-stories|interpretations|policies)',
      has: [{ type: 'query', key: 'polarity' }],
    },
    {
      source: '/:locale(zh|en)/:list(commendations|model-stories|interpretations|policies)',
      has: [{ type: 'query', key: 'page' }],
    },
    { source: '/:locale(zh|en)/units/:slug', has: [{ type: 'query', key: 'issued' }] },
    { source: '/:locale(zh|en)/units/:slug', has: [{ type: 'query', key: 'assessed' }] },
    { source: '/:locale(zh|en)/units/:slug', has: [{ type: 'query', key: 'mechanism' }] },
    { source: '/:locale(zh|en)/units/:slug', has: [{ type: 'query', key: 'category' }] },
    { source: '/:locale(zh|en)/units/:slug', has: [{ type: 'query', key: 'polarity' }] },
    { source: '/:locale(zh|en)/units/:slug', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(zh|en)/honor-roll/:year', has: [{ type: 'query', key: 'category' }] },
    { source: '/:locale(zh|en)/honor-roll/:year', has: [{ type: 'query', key: 'page' }] },
  ],
}
