// Publishing, unpublishing, editing or deleting a public document expires the cached pages that
// show it: its own page (under its old slug too), its section's lists, the home page, the honor
// roll of its year, the feeds and the sitemap, and a notice's verification page. The next reader
// gets a freshly rendered page.
import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { tags } from '@/data/cacheTags'
import { sectionOf, type PublicCollection } from '@/lib/publicSections'

export type Shown = {
  slug?: string | null
  _status?: string | null
  assessmentYear?: number | null
  noticeNumber?: string | null
}

/** The public sections, and the editors' redirects (which expire the pages they lead from). */
export type RevalidatedCollection = PublicCollection | 'redirects'

const listTagOf = (collection: RevalidatedCollection) =>
  collection === 'redirects' ? tags.redirects : sectionOf(collection).listTag

const pageTagOf = (collection: RevalidatedCollection) =>
  collection === 'redirects' ? undefined : sectionOf(collection).pageTag

/** Every cache tag a change to this document touches, given the document before and after. */
export const tagsToRevalidate = (
  collection: RevalidatedCollection,
  versions: (Shown | null | undefined)[],
): string[] => {
  const shown = versions.filter((version): version is Shown => Boolean(version))
  const found = new Set<string>([listTagOf(collection), tags.home, tags.feeds, tags.sitemap])
  const pageTag = pageTagOf(collection)
  for (const version of shown) {
    if (version.slug && pageTag) found.add(pageTag(version.slug))
    if (collection === 'commendations') {
      found.add(tags.honorRolls)
      if (version.assessmentYear) found.add(tags.honorRoll(version.assessmentYear))
      if (version.noticeNumber) found.add(tags.verification(version.noticeNumber))
    }
  }
  return [...found]
}

const isPublic = (version: Shown | null | undefined) =>
  Boolean(version) && (version?._status === undefined || version._status === 'published')

/**
 * Expires the tags at once rather than serving stale pages while they re-render: a published
 * correction must be what the next reader sees.
 */
const expire = (req: PayloadRequest, found: string[]) => {
  try {
    for (const tag of found) revalidateTag(tag, { expire: 0 })
  } catch (error) {
    // Outside a Next request (seed, tests, the command line) there is no page cache to expire.
    if (!(error instanceof Error && error.message.includes('static generation store missing'))) {
      throw error
    }
    req.payload.logger.debug({ msg: 'No Next request: page cache left alone', tags: found })
  }
}

/** Expires the pages that show `doc`, for a change written past Payload's hooks. */
export const revalidatePagesOf = (
  req: PayloadRequest,
  collection: RevalidatedCollection,
  doc: Shown,
) => expire(req, tagsToRevalidate(collection, [doc]))

export const revalidatePublicPages =
  (collection: RevalidatedCollection): CollectionAfterChangeHook =>
  ({ doc, previousDoc, req }) => {
    if (req.context.disableRevalidate) return doc
    // A draft saved beside an unpublished document changes nothing the public can see.
    if (isPublic(doc) || isPublic(previousDoc)) {
      expire(req, tagsToRevalidate(collection, [doc, previousDoc]))
    }
    return doc
  }

export const revalidateDeletedPages =
  (collection: RevalidatedCollection): CollectionAfterDeleteHook =>
  ({ doc, req }) => {
    if (!req.context.disableRevalidate && isPublic(doc)) {
      expire(req, tagsToRevalidate(collection, [doc]))
    }
    return doc
  }
