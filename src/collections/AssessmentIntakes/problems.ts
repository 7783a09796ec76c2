// What can be wrong with an intake file, said to the editor in their own language. Every problem
// names the line of the file it was found on (the header is line 1), so the editor can fix the
// spreadsheet and upload it again.
import { type PayloadRequest, ValidationError } from 'payload'

import { gradeLabels, grades } from '@/lib/assessmentCategories'

import { type Column, columnNames, columns, MAX_ROWS } from './columns'

type Detail = { value?: number | string; expected?: number | string; otherLine?: number }

export type Problem = { line?: number; reason: Reason; detail?: Detail }

export type Language = 'zh' | 'en'

/** The admin language of the request: English if the editor reads the admin in English. */
export const languageOf = (req: PayloadRequest): Language =>
  req.i18n?.language === 'en' ? 'en' : 'zh'
type Say = (detail: Detail) => string

const gradeList: Record<Language, string> = {
  zh: grades.map((grade) => gradeLabels[grade].zh).join('、'),
  en: grades.map((grade) => `${grade} (${gradeLabels[grade].zh})`).join(' / '),
}

const nameOf = (column: unknown, language: Language) =>
  columnNames[language][columns.indexOf(column as Column)] ?? String(column)

const messages = {
  encoding: {
    zh: () => '文件编码无法识别：请在表格软件中另存为“CSV UTF-8”后重新上传。',
    en: () => 'The file is neither UTF-8 nor GBK text: save it as "CSV UTF-8" and upload it again.',
  },
  empty: { zh: () => '文件是空的。', en: () => 'The file is empty.' },
  noRows: {
    zh: () => '文件只有表头，没有考核结果。',
    en: () => 'The file has a header but no results.',
  },
  tooManyRows: {
    zh: () => `文件超过 ${MAX_ROWS} 行考核结果，请分批导入。`,
    en: () => `The file has more than ${MAX_ROWS} results; split it into smaller files.`,
  },
  malformed: {
    zh: ({ value }) => `无法按 CSV 读取（${value}）。`,
    en: ({ value }) => `This is not valid CSV (${value}).`,
  },
  missingColumn: {
    zh: ({ value }) => `表头缺少“${nameOf(value, 'zh')}”列（应为：${columnNames.zh.join('，')}）。`,
    en: ({ value }) =>
      `The header has no "${nameOf(value, 'en')}" column (expected: ${columnNames.en.join(' / ')}).`,
  },
  unknownColumn: {
    zh: ({ value }) => `表头中的“${value}”不是可识别的列（应为：${columnNames.zh.join('，')}）。`,
    en: ({ value }) =>
      `"${value}" in the header is not a known column (expected: ${columnNames.en.join(' / ')}).`,
  },
  repeatedColumn: {
    zh: ({ value }) => `表头中“${value}”列出现了两次。`,
    en: ({ value }) => `The header has the "${value}" column twice.`,
  },
  columnCount: {
    zh: ({ value, expected }) => `该行有 ${value} 列，表头有 ${expected} 列。`,
    en: ({ value, expected }) => `The row has ${value} cells; the header has ${expected}.`,
  },
  missingUnit: { zh: () => '未填写单位。', en: () => 'No unit is given.' },
  unknownUnit: {
    zh: ({ value }) => `找不到单位“${value}”（按中文名称或 slug 精确匹配）。`,
    en: ({ value }) => `No unit is named "${value}" (exact Chinese name or slug).`,
  },
  ambiguousUnit: {
    zh: ({ value }) => `有多个单位名为“${value}”，请改用单位的 slug。`,
    en: ({ value }) => `Several units are named "${value}": use the unit's slug instead.`,
  },
  unitHasDraft: {
    zh: ({ value }) =>
      `单位“${value}”有尚未发布的修改（或从未发布）：请先发布或撤销这些修改，再导入。`,
    en: ({ value }) =>
      `The unit "${value}" has unpublished changes (or was never published): publish or revert them first.`,
  },
  duplicateUnit: {
    zh: ({ value, otherLine }) => `单位“${value}”已在第 ${otherLine} 行出现，同一单位只能有一行。`,
    en: ({ value, otherLine }) =>
      `The unit "${value}" is already on line ${otherLine}; a unit may appear once.`,
  },
  year: {
    zh: ({ value }) => `年度“${value}”不是 2000 至 2100 之间的年份。`,
    en: ({ value }) => `The year "${value}" is not a year between 2000 and 2100.`,
  },
  yearMismatch: {
    zh: ({ value, expected }) => `年度 ${value} 与本次导入的考核年度 ${expected} 不一致。`,
    en: ({ value, expected }) =>
      `The year ${value} is not this intake's assessment year ${expected}.`,
  },
  grade: {
    zh: ({ value }) => `等次“${value}”无效，应为：${gradeList.zh}。`,
    en: ({ value }) => `The grade "${value}" is not one of: ${gradeList.en}.`,
  },
  missingHonorTitle: {
    zh: () => '填写了事迹简介但没有荣誉称号：要表彰的单位须有荣誉称号。',
    en: () => 'A citation is given without an honor title: a commended unit needs an honor title.',
  },
  failCommended: {
    zh: () => '考核等次为不合格的单位不能授予荣誉称号。',
    en: () => 'A unit graded "fail" cannot be given an honor title.',
  },
  noticeNumberTaken: {
    zh: ({ value }) => `文号“${value}”已被其他表彰通报使用。`,
    en: ({ value }) => `The notice number "${value}" is already used by another notice.`,
  },
} satisfies Record<string, Record<Language, Say>>

export type Reason = keyof typeof messages

// The admin's error toast reads "intro: item, item, …" (split at the first ASCII colon, then at
// ASCII commas), so a problem's text keeps ASCII commas out; a comma the editor typed is shown
// full-width.
export const describeProblem = ({ line, reason, detail = {} }: Problem, language: Language) => {
  const text = messages[reason][language](detail).replaceAll(',', '，')
  if (line === undefined) return text
  return language === 'zh' ? `第 ${line} 行：${text}` : `Line ${line}: ${text}`
}

/**
 * Refuses the whole intake with a 400 that lists every problem: one field error per problem (on
 * the file, or on the notice number), and a message that reads as the full list.
 */
export const refuseIntake = (problems: Problem[], req: PayloadRequest): ValidationError => {
  const language = languageOf(req)
  const lines = problems.map((problem) => describeProblem(problem, language))
  const error = new ValidationError({
    collection: 'assessment-intakes',
    errors: problems.map((problem, n) => ({
      path: problem.reason === 'noticeNumberTaken' ? 'notice.noticeNumber' : 'file',
      message: lines[n]!,
    })),
  })
  const heading =
    language === 'zh'
      ? `导入未执行，未写入任何数据。请修正以下问题后重新上传`
      : `Nothing was taken in. Fix these problems and upload the file again`
  error.message = `${heading}: ${lines.join(', ')}`
  return error
}
