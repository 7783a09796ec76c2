// People, as the public meets them: only officials who consented to publication have a page, with
// their position, unit, photo, biography and the notices that commend them.
import 'server-only'

import { isStaffUser } from '@/access/roles'

import { previewableQuery } from './cached'
import { tags } from './cacheTags'
import { mediaPopulate } from './mediaPopulate'
import type { Viewer } from './preview'
import { allOf, asPublic, listed, type Locale, publicPayload } from './publicQuery'

/** An official is commended a few times in a career; past this the page says how many in all. */
const SHOWN_COMMENDATIONS = 50

/**
 * The id of the published, consenting person with this permalink, or null.
 *
 * The public may not query `slug` at all (the field is readable only on consenting people, and a
 * query cannot know in advance whose row it will meet), so this one lookup runs as the system.
 * It is pinned to consenting, published people and returns nothing but the id; everything shown
 * is then read as the public.
 */
const consentingPersonId = async (slug: string, previewer?: Viewer) => {
  // Staff previewing may query the slug themselves and read the latest draft; an expert previews
  // only what the public sees.
  const viewer =
    previewer && 'user' in previewer && isStaffUser(previewer.user as never) ? previewer : undefined
  const payload = await publicPayload()
  // system: for the public, pinned to consenting published people and returning the id alone
  const { docs } = await payload.find({
    collection: 'people',
    ...(viewer ?? { overrideAccess: true, draft: false }),
    where: {
      and: [
        { slug: { equals: slug } },
        { consent: { equals: true } },
        ...(viewer ? [] : [{ _status: { equals: 'published' } }]),
      ],
    },
    limit: 1,
    pagination: false,
    depth: 0,
    select: {},
  })
  return docs[0]?.id ?? null
}

/** The listed notices that commend this person, newest first, with the titles given to them. */
const commendationsOf = async (personId: number | string, locale: Locale) => {
  const payload = await publicPayload()
  const { docs, totalDocs } = await payload.find({
    collection: 'commendations',
    ...asPublic,
    locale,
    where: allOf(listed, { 'awardees.person': { equals: personId } }),
    limit: SHOWN_COMMENDATIONS,
    sort: '-issuedAt',
    depth: 0,
    select: {
      title: true,
      slug: true,
      noticeNumber: true,
      issuedAt: true,
      assessmentYear: true,
      awardees: true,
    },
  })
  const notices = docs.map(({ awardees, ...notice }) => ({
    ...notice,
    honorTitles: (awardees ?? [])
      .filter((awardee) => awardee.person === personId)
      .map((awardee) => awardee.honorTitle),
  }))
  return { docs: notices, totalDocs }
}

/**
 * A consenting, published person by permalink, as the public sees them; otherwise null. A
 * previewing editor sees the latest draft of a consenting person.
 */
export const personBySlug = async (slug: string, locale: Locale, viewer?: Viewer) => {
  const id = await consentingPersonId(slug, viewer)
  if (id === null) return null
  const payload = await publicPayload()
  const person = await payload.findByID({
    collection: 'people',
    id,
    ...(viewer ?? asPublic),
    locale,
    depth: 1,
    disableErrors: true,
    populate: {
      units: { name: true, slug: true, kind: true },
      media: mediaPopulate,
    },
    // `consent` is read by the field access that decides whether name, slug, photo and bio show.
    select: {
      name: true,
      publicName: true,
      slug: true,
      position: true,
      unit: true,
      photo: true,
      bio: true,
      consent: true,
      updatedAt: true,
    },
  })
  // Consent withdrawn between the two reads: the public read no longer shows the permalink.
  if (!person?.slug) return null
  return { ...person, commendations: await commendationsOf(person.id, locale) }
}

// People are tagged as a whole (see cacheTags); the page also names a unit and notices.
export const tagsForPerson = () => [tags.people, tags.units, tags.commendations]

export const getPerson = previewableQuery('person', personBySlug, tagsForPerson)
