// Reads and checks an intake file against the units and notices Laurel holds, writing nothing:
// the preview shows its answer before the editor confirms, and the save checks again, inside its
// transaction, before it writes (units may have changed in between).
import type { PayloadRequest } from 'payload'

import type { NoticeDetails } from './applyIntake'
import { checkRows, type KnownUnit, type Result } from './checkRows'
import type { Problem } from './problems'
import { readIntakeFile } from './readIntakeFile'

/**
 * Every unit in its newest version, with the Chinese name rows are matched against. A unit whose
 * newest version is an unpublished draft is marked: saving its grade would publish that draft.
 */
const knownUnits = async (req: PayloadRequest): Promise<KnownUnit[]> => {
  const { docs } = await req.payload.find({
    collection: 'units',
    draft: true,
    locale: 'zh',
    fallbackLocale: false,
    pagination: false,
    depth: 0,
    select: { name: true, slug: true, grades: true, _status: true },
    overrideAccess: false,
    req,
  })
  return docs.map(({ _status, ...unit }) => ({
    ...unit,
    name: unit.name ?? '',
    hasDraft: _status === 'draft',
  }))
}

const noticeNumberProblems = async (req: PayloadRequest, notice: NoticeDetails) => {
  if (!notice.noticeNumber) return []
  // system: a notice number is unique among all notices, drafts included
  const { totalDocs } = await req.payload.count({
    collection: 'commendations',
    where: { noticeNumber: { equals: notice.noticeNumber } },
    overrideAccess: true,
    req,
  })
  const taken: Problem = { reason: 'noticeNumberTaken', detail: { value: notice.noticeNumber } }
  return totalDocs > 0 ? [taken] : []
}

export type IntakeCheck = { results: Result[]; problems: Problem[] }

/** Every problem of the file, by line; results only count when there are none. */
export const checkIntake = async (
  req: PayloadRequest,
  bytes: Uint8Array,
  year: number,
  notice: NoticeDetails,
): Promise<IntakeCheck> => {
  const reading = readIntakeFile(bytes)
  const checked = checkRows(reading.rows, await knownUnits(req), year)
  const problems = [
    ...reading.problems,
    ...checked.problems,
    ...(await noticeNumberProblems(req, notice)),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return { results: checked.results, problems }
}
