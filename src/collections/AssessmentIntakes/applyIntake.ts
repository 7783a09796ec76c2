// The writes of an intake, once every row has passed: each unit's grade for the year, then one
// draft notice commending the rows with an honor title. They run on the intake's own request, so
// they commit or roll back with the intake record (see docs/adr/0019-assessment-intake.md).
import { isolateObjectProperty, type PayloadRequest } from 'payload'

import type { Mechanism } from '@/fields/mechanism'

import type { KnownUnit, Result } from './checkRows'
import type { Grade } from './columns'

export type NoticeDetails = {
  title?: string | null
  noticeNumber?: string | null
  issuingBody?: string | null
  issuedAt?: string | null
  mechanism?: Mechanism | null
  summary?: string | null
}

export type ReplacedGrade = { unit: KnownUnit['id']; from: Grade; to: Grade }

export type GradeChanges = { added: number; unchanged: number; replaced: ReplacedGrade[] }

/**
 * The intake's request with its own language and context: writes are in Chinese, the language of
 * record, and a nested save's context flags stay on that save instead of spreading to the next.
 */
const nestedRequest = (req: PayloadRequest) =>
  isolateObjectProperty(req, ['locale', 'fallbackLocale', 'context'])

export type GradePlan = {
  /** The rows that write a grade: a unit's first for the year, or one that replaces another. */
  writes: { result: Result; from?: Grade }[]
  unchanged: number
}

/** What a clean file will do to the grades, before anything is written (the preview shows it). */
export const planGrades = (results: Result[], year: number): GradePlan => {
  const plan: GradePlan = { writes: [], unchanged: 0 }
  for (const result of results) {
    const existing = (result.unit.grades ?? []).find((row) => row.year === year)
    if (existing?.grade === result.grade) plan.unchanged += 1
    else plan.writes.push({ result, from: existing?.grade })
  }
  return plan
}

/** An existing grade for the year is replaced; the outcome lists each replacement. */
export const writeGrades = async (
  results: Result[],
  year: number,
  req: PayloadRequest,
): Promise<GradeChanges> => {
  const plan = planGrades(results, year)
  const changes: GradeChanges = { added: 0, unchanged: plan.unchanged, replaced: [] }
  for (const { result, from } of plan.writes) {
    const { unit, grade } = result
    if (from) changes.replaced.push({ unit: unit.id, from, to: grade })
    else changes.added += 1
    const earlier = unit.grades ?? []
    const grades = from
      ? earlier.map((row) => (row.year === year ? { ...row, grade } : row))
      : [...earlier, { year, grade }]
    await req.payload.update({
      collection: 'units',
      id: unit.id,
      data: { grades },
      locale: 'zh',
      depth: 0,
      overrideAccess: false,
      req: nestedRequest(req),
    })
  }
  return changes
}

export const defaultTitle = (year: number) => `关于表彰${year}年度目标责任考核先进单位的通报`
const defaultSummary = (year: number, count: number) =>
  `表彰${year}年度目标责任考核中成绩突出的${count}个单位。`

/**
 * A draft notice with the commended rows as awardees, in the file's order. What the editor did
 * not give (notice number, date issued, issuing body) is left for the review; a draft is saved
 * without it, and publishing asks for it. None if no row has an honor title.
 */
export const createDraftNotice = async (
  results: Result[],
  year: number,
  notice: NoticeDetails,
  filename: string,
  req: PayloadRequest,
) => {
  const commended = results.filter((result) => result.honorTitle)
  if (commended.length === 0) return null
  const draft = await req.payload.create({
    collection: 'commendations',
    draft: true,
    data: {
      title: notice.title || defaultTitle(year),
      noticeNumber: notice.noticeNumber || undefined,
      issuingBody: notice.issuingBody || undefined,
      issuedAt: notice.issuedAt || undefined,
      assessmentYear: year,
      mechanism: notice.mechanism || 'incentive',
      summary: notice.summary || defaultSummary(year, commended.length),
      awardees: commended.map(({ unit, honorTitle, citation }) => ({
        unit: unit.id,
        honorTitle,
        citation: citation || undefined,
      })),
      remarks: [{ text: `由考核结果导入生成（${filename}，${commended.length} 个表彰对象）。` }],
      reviewState: 'draft',
      _status: 'draft',
    } as never,
    locale: 'zh',
    depth: 0,
    overrideAccess: false,
    // A draft is on no public page and in no honor-roll figure: nothing to expire or recount now.
    // Publishing it later is an ordinary save, which does both.
    context: { disableRevalidate: true, skipHonorRollRecount: true },
    req: nestedRequest(req),
  })
  return { id: draft.id, awardees: commended.length }
}
