// The public site reads through Next's data cache: a query's result is kept under the query's
// name and arguments and tagged with what it shows, so pages never touch the database until a
// save revalidates one of the tags (src/hooks/revalidatePublicPages.ts).
import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'

import { previewViewer, type Viewer } from './preview'

/**
 * Wraps a data-layer query for pages. The query itself stays uncached and directly testable;
 * React's `cache` lets a page and its metadata share one lookup per render.
 */
export const cachedQuery = <A extends unknown[], R>(
  name: string,
  query: (...args: A) => Promise<R>,
  tagsOf: (...args: A) => string[],
) =>
  cache((...args: A): Promise<R> =>
    unstable_cache(query, [name], { tags: tagsOf(...args) })(...args),
  )

/**
 * Wraps the lookup of one document by its permalink (and, for paged pages, the page). The public
 * gets the cached result; a member of staff previewing in draft mode (src/data/preview.ts) gets
 * the latest draft, uncached, read with their own access rules. The query takes the viewer last.
 */
export const previewableQuery = <A extends [slug: string, locale: Locale, ...rest: unknown[]], R>(
  name: string,
  query: (...args: [...A, Viewer | undefined]) => Promise<R>,
  tagsOf: (...args: A) => string[],
) => {
  const published = cachedQuery(name, (...args: A) => query(...args, undefined), tagsOf)
  return cache(async (...args: A): Promise<R> => {
    const viewer = await previewViewer()
    return viewer ? query(...args, viewer) : published(...args)
  })
}
