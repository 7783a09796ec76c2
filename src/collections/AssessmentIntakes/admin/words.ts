// The intake's own words in the admin: the guide above the form, the preview, the confirm button.
export const intakeWords = {
  zh: {
    guideTitle: '如何导入考核结果',
    guide: [
      '上传一个年度的目标责任考核结果（CSV 文件），选择考核年度。系统先逐行检查，并在下方预览将要发生的变化；确认无误后点击“确认导入”。',
      '表头五列：单位、年度、等次、荣誉称号、事迹简介（顺序不限）。',
      '单位填写系统中的中文全称，或单位网址中的英文标识；每个单位只能出现一行。等次为优秀、良好、合格或不合格。',
      '填写了荣誉称号的行列为表彰对象，生成一份表彰通报草稿；事迹简介可不填。不合格的单位不能授予荣誉称号。',
      '该单位当年已有等次时，以本文件为准替换。有未发布修改的单位不能导入，请先发布或撤销其修改。',
      '文件须为 UTF-8 或 GBK 编码，最多 1000 行、2 MB。任何一行有误，整份文件都不会导入，也不会写入任何数据。',
      '导入后，表彰通报草稿按正常流程补全文号、印发日期等信息，审核后发布。',
    ],
    template: '下载模板（CSV）',
    checking: '正在检查文件……',
    waiting: '选择文件并填写考核年度后，这里会显示导入将带来的变化。',
    refusedTitle: (count: number) =>
      `此文件不能导入：共 ${count} 处问题，未写入任何数据。请修改后重新选择文件。`,
    previewTitle: '确认导入后将会：',
    rows: (count: number) => `读入 ${count} 行考核结果；`,
    added: (count: number) => `新增 ${count} 个单位的本年度等次：`,
    replaced: (count: number) => `替换 ${count} 个单位原有的本年度等次：`,
    unchanged: (count: number) => `${count} 个单位的等次与原有相同，不作修改；`,
    notice: (title: string, count: number) =>
      `生成表彰通报草稿《${title}》，表彰对象 ${count} 个。`,
    noNotice: '不生成表彰通报（没有填写荣誉称号的行）。',
    unit: '单位',
    was: '原等次',
    now: '新等次',
    grade: '等次',
    confirm: '确认导入',
    failed: '无法检查文件，请稍后重试。',
  },
  en: {
    guideTitle: 'How to take in assessment results',
    guide: [
      "Upload a year's target-responsibility assessment results as a CSV file and choose the assessment year. Every row is checked first and what the file will change is previewed below; when it is right, press “Take in”.",
      'Five columns: unit, year, grade, honor_title, citation (or the Chinese headers 单位, 年度, 等次, 荣誉称号, 事迹简介).',
      'A unit is written as its exact Chinese name in Laurel, or as the last part of its public address; each unit once. Grades are excellent, good, pass or fail (优秀, 良好, 合格, 不合格).',
      'Rows with an honor title are commended in one draft notice; the citation is optional. A unit graded fail cannot be given an honor title.',
      "A grade the unit already has for the year is replaced by the file's. A unit with unpublished changes is refused: publish or revert them first.",
      'UTF-8 or GBK text, at most 1,000 rows and 2 MB. One bad row and nothing at all is taken in.',
      'The draft notice then goes through the usual review: add its number and date issued, then publish.',
    ],
    template: 'Download the template (CSV)',
    checking: 'Checking the file…',
    waiting: 'Choose a file and the assessment year to see what taking it in will change.',
    refusedTitle: (count: number) =>
      `This file cannot be taken in: ${count} problem(s), nothing was written. Fix the file and choose it again.`,
    previewTitle: 'Taking it in will:',
    rows: (count: number) => `read ${count} results;`,
    added: (count: number) => `give ${count} unit(s) their grade for the year:`,
    replaced: (count: number) => `replace the grade for the year of ${count} unit(s):`,
    unchanged: (count: number) => `leave ${count} unit(s) as they are (same grade);`,
    notice: (title: string, count: number) =>
      `draft the commendation notice “${title}” with ${count} awardee(s).`,
    noNotice: 'draft no notice (no row has an honor title).',
    unit: 'Unit',
    was: 'Was',
    now: 'Now',
    grade: 'Grade',
    confirm: 'Take in',
    failed: 'The file could not be checked; try again shortly.',
  },
}

export type IntakeWords = (typeof intakeWords)['zh']

export const intakeWordsFor = (language: string): IntakeWords =>
  (language === 'en' ? intakeWords.en : intakeWords.zh) as IntakeWords
