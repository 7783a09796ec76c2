// The preview of an intake: the file and the year the editor chose, checked exactly as the save
// will check them, and what they would change (grades added and replaced, unit by unit, and the
// notice drafted), or every problem by line. It writes nothing. Editors and administrators only.
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { say } from '@/i18n/adminMessages'
import { gradeLabels } from '@/lib/assessmentCategories'

import { defaultTitle, type NoticeDetails, planGrades } from './applyIntake'
import { checkIntake } from './checkIntake'
import { MAX_INTAKE_BYTES } from './columns'
import { uploadedBytes } from './hooks/takeInAssessmentResults'
import { describeProblem, languageOf } from './problems'

const words = {
  zh: { forbidden: '只有编辑可以导入考核结果。', incomplete: '请选择 CSV 文件并填写考核年度。' },
  en: {
    forbidden: 'Only editors take in assessment results.',
    incomplete: 'Choose a CSV file and give the assessment year.',
  },
}

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const previewOf = async (req: PayloadRequest, year: number, notice: NoticeDetails) => {
  const language = languageOf(req)
  const { results, problems } = await checkIntake(req, await uploadedBytes(req), year, notice)
  if (problems.length > 0) {
    return {
      ok: false,
      problems: problems.map((problem) => ({
        line: problem.line ?? null,
        message: describeProblem(problem, language),
      })),
    }
  }
  const plan = planGrades(results, year)
  const grade = (value: keyof typeof gradeLabels) => gradeLabels[value][language]
  const commended = results.filter((result) => result.honorTitle).length
  return {
    ok: true,
    rows: results.length,
    added: plan.writes
      .filter(({ from }) => !from)
      .map(({ result }) => ({ unit: result.unit.name, grade: grade(result.grade) })),
    replaced: plan.writes
      .filter(({ from }) => from)
      .map(({ result, from }) => ({
        unit: result.unit.name,
        from: grade(from!),
        to: grade(result.grade),
      })),
    unchanged: plan.unchanged,
    notice: commended ? { title: notice.title || defaultTitle(year), awardees: commended } : null,
  }
}

export const previewIntake: Endpoint = {
  path: '/preview',
  method: 'post',
  handler: async (req) => {
    const w = words[languageOf(req)]
    if (!isStaffUser(req.user)) return refuse(403, w.forbidden)
    await addDataAndFileToRequest(req)
    if ((req.file?.size ?? 0) > MAX_INTAKE_BYTES) {
      return refuse(413, say(req, 'fileTooLarge', { megabytes: MAX_INTAKE_BYTES / 1024 / 1024 }))
    }
    const year = Number((req.data as { assessmentYear?: unknown })?.assessmentYear)
    if (!req.file || !Number.isInteger(year)) return refuse(400, w.incomplete)
    const notice = ((req.data as { notice?: NoticeDetails })?.notice ?? {}) as NoticeDetails
    return Response.json(await previewOf(req, year, notice))
  },
}
