// The open data: every published notice (withdrawn ones too, marked so) with its awardees, as the
// public may see them. Read as the public, so no draft, remark or private field can reach it, and
// people appear by the same public name the pages show (a mask unless they consented).
// Read a chunk at a time, each chunk cached and tagged, so a file of 10,000 notices is assembled
// from small cached pieces and expires when a notice, unit or person changes.
import 'server-only'

import { localePath } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'
import { absoluteUrl } from '@/lib/siteUrl'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { awardeePopulate } from './commendation'
import { asPublic, type Locale, populated, publicPayload } from './publicQuery'

/** Small enough that a chunk's records stay under the 2 MB a cached query result may hold. */
export const CHUNK_SIZE = 250

export type AwardeeFields = {
  awardeeType: 'unit' | 'person' | null
  name: string | null
  position: string | null
  unitKind: string | null
  assessmentCategory: string | null
  honorTitle: string
  citation: string | null
}

export type NoticeRecord = {
  noticeNumber: string
  title: string
  issuingBody: string
  issuedAt: string
  assessmentYear: number
  mechanism: string
  state: 'published' | 'withdrawn'
  withdrawnAt: string | null
  publicNotice: 'in-notice' | 'final' | null
  publicNoticeEndsAt: string | null
  awardeeCount: number
  pdfSha256: string | null
  url: string
  awardees: AwardeeFields[]
}

export type OpenDataChunk = { records: NoticeRecord[]; totalPages: number; totalDocs: number }

type Awardee = {
  unit?: unknown
  person?: unknown
  honorTitle: string
  citation?: string | null
}

const awardeeFields = (awardee: Awardee): AwardeeFields => {
  const unit = populated(awardee.unit as object | null) as {
    name?: string
    kind?: string
    assessmentCategory?: string
  } | null
  const person = populated(awardee.person as object | null) as {
    publicName?: string | null
    position?: string | null
  } | null
  return {
    awardeeType: unit ? 'unit' : person ? 'person' : null,
    name: unit?.name ?? person?.publicName ?? null,
    position: person?.position ?? null,
    unitKind: unit?.kind ?? null,
    assessmentCategory: unit?.assessmentCategory ?? null,
    honorTitle: awardee.honorTitle,
    citation: awardee.citation ?? null,
  }
}

/** One chunk of the published notices, of one assessment year or all, in the order entered. */
export const openDataChunk = async (
  locale: Locale,
  year: number | null,
  page: number,
): Promise<OpenDataChunk> => {
  const payload = await publicPayload()
  const result = await payload.find({
    collection: 'commendations',
    ...asPublic,
    locale,
    where: year ? { assessmentYear: { equals: year } } : undefined,
    sort: 'id',
    page,
    limit: CHUNK_SIZE,
    depth: 1,
    populate: awardeePopulate,
    select: {
      slug: true,
      noticeNumber: true,
      title: true,
      issuingBody: true,
      issuedAt: true,
      assessmentYear: true,
      mechanism: true,
      reviewState: true,
      withdrawal: true,
      publicNotice: true,
      awardees: true,
      attachment: true,
    },
  })
  const records = result.docs.map((doc): NoticeRecord => {
    const pdf = populated(doc.attachment)
    const withdrawn = doc.reviewState === 'withdrawn'
    return {
      noticeNumber: doc.noticeNumber,
      title: doc.title,
      issuingBody: doc.issuingBody,
      issuedAt: doc.issuedAt.slice(0, 10),
      assessmentYear: doc.assessmentYear,
      mechanism: doc.mechanism,
      state: withdrawn ? 'withdrawn' : 'published',
      withdrawnAt: withdrawn ? (doc.withdrawal?.at?.slice(0, 10) ?? null) : null,
      publicNotice: doc.publicNotice?.state ?? null,
      publicNoticeEndsAt: doc.publicNotice?.state ? (doc.publicNotice.endsAt ?? null) : null,
      awardeeCount: doc.awardees.length,
      pdfSha256: pdf?.sha256 ?? null,
      url: absoluteUrl(localePath(locale, documentPath('commendations', doc.slug ?? ''))),
      awardees: doc.awardees.map(awardeeFields),
    }
  })
  return { records, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

// Awardees' public names come from units and people, so their changes expire the data too.
export const tagsForOpenData = () => [tags.commendations, tags.units, tags.people]

export const getOpenDataChunk = cachedQuery('open-data-chunk', openDataChunk, tagsForOpenData)

/** Every chunk in turn, for a file written as it is read. */
export async function* openDataRecords(
  locale: Locale,
  year: number | null,
  readChunk: typeof openDataChunk = getOpenDataChunk,
): AsyncGenerator<NoticeRecord[]> {
  for (let page = 1, totalPages = 1; page <= totalPages; page += 1) {
    const chunk = await readChunk(locale, year, page)
    totalPages = chunk.totalPages
    yield chunk.records
  }
}

/** The assessment years that have published notices, newest first, for the downloads page. */
export const openDataYears = async (): Promise<number[]> => {
  const payload = await publicPayload()
  const { values } = await payload.findDistinct({
    collection: 'commendations',
    ...asPublic,
    field: 'assessmentYear',
  })
  return values
    .map((row) => Number(row.assessmentYear))
    .filter((year) => Number.isInteger(year))
    .sort((a, b) => b - a)
}

export const getOpenDataYears = cachedQuery('open-data-years', openDataYears, () => [
  tags.commendations,
])
