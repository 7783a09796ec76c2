import { readFile } from 'node:fs/promises'

import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { createDraftNotice, type NoticeDetails, writeGrades } from '../applyIntake'
import { checkRows, type KnownUnit } from '../checkRows'
import { type Problem, refuseIntake } from '../problems'
import { readIntakeFile } from '../readIntakeFile'

const uploadedBytes = async (req: PayloadRequest): Promise<Uint8Array> => {
  const file = req.file
  if (file?.data?.length) return file.data
  return file?.tempFilePath ? readFile(file.tempFilePath) : new Uint8Array()
}

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

/**
 * An editor takes in a year's assessment results: every row is read and checked first, and any
 * problem refuses the whole file with the list of problems. Only a clean file updates the units'
 * grades and drafts the notice, and the intake record keeps what came of it.
 */
export const takeInAssessmentResults: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  const year = data.assessmentYear
  // Without a valid year Payload's own field validation refuses the save, after this hook.
  if (operation !== 'create' || !Number.isInteger(year)) return data
  const notice = (data.notice ?? {}) as NoticeDetails

  const reading = readIntakeFile(await uploadedBytes(req))
  const checked = checkRows(reading.rows, await knownUnits(req), year)
  const problems = [
    ...reading.problems,
    ...checked.problems,
    ...(await noticeNumberProblems(req, notice)),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  if (problems.length > 0) throw refuseIntake(problems, req)

  const grades = await writeGrades(checked.results, year, req)
  const filename = String(data.filename ?? req.file?.name ?? '')
  const draft = await createDraftNotice(checked.results, year, notice, filename, req)
  return {
    ...data,
    uploadedBy: req.user?.id ?? null,
    outcome: {
      rowsRead: checked.results.length,
      gradesAdded: grades.added,
      gradesUnchanged: grades.unchanged,
      gradesReplaced: grades.replaced,
      awardees: draft?.awardees ?? 0,
      commendation: draft?.id ?? null,
    },
  }
}
