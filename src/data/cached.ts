// The public site reads through Next's data cache: a query's result is kept under the query's
// name and arguments and tagged with what it shows, so pages never touch the database until a
// save revalidates one of the tags (src/hooks/revalidatePublicPages.ts).
import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

/**
 * Wraps a data-layer query for pages. The query itself stays uncached and directly testable;
 * React's `cache` lets a page and its metadata share one lookup per render.
 */
export const cachedQuery = <A extends unknown[], R>(
  name: string,
  query: (...args: A) => Promise<R>,
  tagsOf: (...args: A) => string[],
) =>
  cache((...args: A): Promise<R> => unstable_cache(query, [name], { tags: tagsOf(...args) })(...args))
