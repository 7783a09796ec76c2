// Verifying a notice: a reader types the number printed on a notice and gets the official record
// of it (or learns that no notice has that number). Withdrawn notices are found too, marked so.
import 'server-only'

import { normalizeNoticeNumber } from '@/lib/noticeNumber'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { awardeePopulate } from './commendation'
import { asPublic, type Locale, publicPayload } from './publicQuery'

export const noticeByNumber = async (number: string, locale: Locale) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'commendations',
    ...asPublic,
    locale,
    where: { noticeNumber: { equals: normalizeNoticeNumber(number) } },
    limit: 1,
    pagination: false,
    depth: 1,
    populate: awardeePopulate,
    select: {
      title: true,
      slug: true,
      noticeNumber: true,
      issuingBody: true,
      issuedAt: true,
      assessmentYear: true,
      awardees: true,
      attachment: true,
      reviewState: true,
      withdrawal: true,
      publicNotice: true,
      updatedAt: true,
    },
  })
  return docs[0] ?? null
}

export type VerifiedNotice = NonNullable<Awaited<ReturnType<typeof noticeByNumber>>>

// A number nobody has used yet is tagged too: publishing a notice under it expires the "no such
// notice" answer. Awardees' names come from units and people.
export const tagsForVerification = (number: string) => [
  tags.verification(normalizeNoticeNumber(number)),
  tags.units,
  tags.people,
]

export const getNoticeByNumber = cachedQuery('verification', noticeByNumber, tagsForVerification)
