// The columns of an intake file and the words a spreadsheet may use for them. Editors write the
// header in Chinese or English; grades may be written as their Chinese name or their code.
import { gradeLabels, grades } from '@/lib/assessmentCategories'

export type Grade = (typeof grades)[number]

export const columns = ['unit', 'year', 'grade', 'honorTitle', 'citation'] as const
export type Column = (typeof columns)[number]

export const columnNames: Record<'zh' | 'en', string[]> = {
  zh: ['单位', '年度', '等次', '荣誉称号', '事迹简介'],
  en: ['unit', 'year', 'grade', 'honor_title', 'citation'],
}

/** More results than a district has units, several times over: a larger file is a mistake. */
export const MAX_ROWS = 1000

/** The largest file taken in; a thousand rows with long citations fit easily. */
export const MAX_INTAKE_BYTES = 2 * 1024 * 1024

const spellings: Record<string, Column> = Object.fromEntries(
  columns.flatMap((column, n) => [
    [columnNames.zh[n]!, column],
    [columnNames.en[n]!, column],
  ]),
)
spellings['honor title'] = 'honorTitle'
spellings['honortitle'] = 'honorTitle'

/** The column a header cell names, ignoring case and surrounding spaces; undefined if none. */
export const columnNamed = (cell: string): Column | undefined =>
  spellings[cell.trim().toLowerCase()]

const gradeSpellings = new Map<string, Grade>(
  grades.flatMap((grade) => [
    [grade, grade],
    [gradeLabels[grade].zh, grade],
    [gradeLabels[grade].en.toLowerCase(), grade],
  ]),
)

/** `优秀`, `excellent` and `Excellent` are all the grade `excellent`. */
export const gradeNamed = (cell: string): Grade | undefined =>
  gradeSpellings.get(cell.trim().toLowerCase())
