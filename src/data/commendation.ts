// One commendation notice in full: its awardees, original PDF, change notes and, once withdrawn,
// the public withdrawal notice. A withdrawn notice keeps its page, so it is found here.
import 'server-only'

import { previewableQuery } from './cached'
import { tags } from './cacheTags'
import { mediaPopulate } from './mediaPopulate'
import type { Viewer } from './preview'
import { type Locale, oneBySlug, publicPayload } from './publicQuery'

// Only what a page shows of the units, people and PDF a notice names. A person's `slug` is
// readable only when they consented, and the field access that decides it reads `consent` from
// the selected fields: without `consent` here, consenting people would lose their link too.
export const awardeePopulate = {
  units: { name: true, slug: true, kind: true, assessmentCategory: true },
  people: { publicName: true, position: true, slug: true, consent: true },
  documents: { url: true, filename: true, filesize: true, sha256: true },
  media: mediaPopulate,
} as const

export const commendationBySlug = async (slug: string, locale: Locale, viewer?: Viewer) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'commendations',
    ...oneBySlug(slug, viewer),
    locale,
    depth: 1,
    populate: awardeePopulate,
    select: {
      title: true,
      slug: true,
      noticeNumber: true,
      issuingBody: true,
      issuedAt: true,
      assessmentYear: true,
      mechanism: true,
      summary: true,
      body: true,
      awardees: true,
      attachment: true,
      reviewState: true,
      withdrawal: true,
      publicNotice: true,
      changeNotes: true,
      updatedAt: true,
    },
  })
  return docs[0] ?? null
}

// Awardees' names are shown on the page, so unit and people edits reach it too.
export const tagsForCommendation = (slug: string) => [
  tags.commendation(slug),
  tags.units,
  tags.people,
]

export const getCommendation = previewableQuery(
  'commendation',
  commendationBySlug,
  tagsForCommendation,
)
