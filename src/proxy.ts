// Turns a list's query string into the cached path form of the same view (see src/lib/listView.ts).
// It runs only for list addresses that carry a filter, so every other page is served straight
// from the cache without passing through here.
import { NextResponse, type NextRequest } from 'next/server'

import { canonicalView, viewPath } from '@/lib/listView'

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone()
  const view = viewPath(canonicalView(url.searchParams.entries()))
  url.search = ''
  if (view) url.pathname = `${url.pathname.replace(/\/$/, '')}/view/${view}`
  return NextResponse.rewrite(url)
}

// Next reads the matcher at build time, so it must be written out literally: the list pages and
// unit pages (which page their notices), each once per filter key of src/lib/listView.ts, and a
// year's honor roll (which pages one group at a time).
export const config = {
  matcher: [
    {
      source: '/:locale(zh|en)/:list(commendations|model-stories|interpretations|policies)',
      has: [{ type: 'query', key: 'year' }],
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
    { source: '/:locale(zh|en)/units/:slug', has: [{ type: 'query', key: 'year' }] },
    { source: '/:locale(zh|en)/units/:slug', has: [{ type: 'query', key: 'mechanism' }] },
    { source: '/:locale(zh|en)/units/:slug', has: [{ type: 'query', key: 'category' }] },
    { source: '/:locale(zh|en)/units/:slug', has: [{ type: 'query', key: 'polarity' }] },
    { source: '/:locale(zh|en)/units/:slug', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(zh|en)/honor-roll/:year', has: [{ type: 'query', key: 'category' }] },
    { source: '/:locale(zh|en)/honor-roll/:year', has: [{ type: 'query', key: 'page' }] },
  ],
}
