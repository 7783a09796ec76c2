// Old addresses of documents whose slug changed (src/hooks/keepOldAddresses.ts): a page that
// finds no document under its slug asks here before answering "not found".
import 'server-only'

import { notFound, permanentRedirect } from 'next/navigation'

import { localePath, type Locale } from '@/i18n/locales'
import { documentPath, isPublicCollection } from '@/lib/publicPaths'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { asPublic, publicPayload } from './publicQuery'

/** Where an old address now points, as a path without language prefix, or null. */
export const movedTo = async (path: string): Promise<string | null> => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'redirects',
    ...asPublic,
    where: { from: { equals: path } },
    limit: 1,
    pagination: false,
    depth: 1,
  })
  const to = docs[0]?.to
  if (!to) return null
  if (to.type === 'custom') return to.url ?? null
  const target = to.reference
  // A target the public may not read (unpublished) stays a bare id: no redirect to it.
  if (!target || typeof target.value !== 'object' || !isPublicCollection(target.relationTo)) {
    return null
  }
  const slug = (target.value as { slug?: string | null }).slug
  return slug ? documentPath(target.relationTo, slug) : null
}

export const getMovedTo = cachedQuery('moved-to', movedTo, () => [tags.redirects])

/**
 * Ends a page whose document was not found: a permanent redirect when the address is an old one
 * (Next answers it with 308, the method-keeping form of 301), otherwise the not-found page.
 */
export const notFoundOrMoved = async (locale: Locale, path: string): Promise<never> => {
  const target = await getMovedTo(path)
  if (target) permanentRedirect(target.startsWith('/') ? localePath(locale, target) : target)
  notFound()
}
