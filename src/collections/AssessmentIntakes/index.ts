// An assessment intake is one year's target-responsibility assessment results, taken in from a
// spreadsheet: the file as uploaded, the notice details the editor set, and what came of it (the
// grades written and the draft commendation notice). The publicity office's staff only.
import type { CollectionConfig, Field } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditor, isEditorField } from '@/access/isEditor'
import { mechanismField } from '@/fields/mechanism'
import { refuseOversizedUpload } from '@/hooks/refuseOversizedUpload'
import { refuseRemoteUpload } from '@/hooks/refuseRemoteUpload'
import { adminGroups } from '@/lib/adminGroups'
import { gradeLabels, grades } from '@/lib/assessmentCategories'
import { uploadDirectory } from '@/lib/uploadDirectory'
import { uploadResponseHeaders } from '@/lib/uploadResponseHeaders'

import { MAX_INTAKE_BYTES } from './columns'
import { takeInAssessmentResults } from './hooks/takeInAssessmentResults'

const never = () => false
const setByTheServer = { create: never, update: never, read: isEditorField }
const gradeOptions = grades.map((value) => ({ value, label: gradeLabels[value] }))

const howTo = {
  zh: 'CSV 列：单位、年度、等次、荣誉称号、事迹简介（UTF-8 或 GBK 编码）。单位按中文名称精确匹配，或按单位的 slug 匹配；等次为优秀、良好、合格、不合格。填写了荣誉称号的行列为表彰对象。先逐行校验，任何一行有误则整份文件不导入。说明与样例见 docs/assessment-intake.md。',
  en: 'CSV columns: unit, year, grade, honor_title, citation (UTF-8 or GBK). A unit is matched by its exact Chinese name or by its slug; grades are excellent, good, pass, fail (or 优秀, 良好, 合格, 不合格). Rows with an honor title become awardees. Every row is checked first; one bad row and nothing is taken in. See docs/assessment-intake.md for the rules and a sample.',
}

const noticeFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    label: { zh: '通报标题', en: 'Notice title' },
    admin: { placeholder: '关于表彰2026年度目标责任考核先进单位的通报' },
  },
  {
    type: 'row',
    fields: [
      { name: 'noticeNumber', type: 'text', label: { zh: '文号', en: 'Notice number' } },
      { name: 'issuingBody', type: 'text', label: { zh: '发文机关', en: 'Issuing body' } },
      {
        name: 'issuedAt',
        type: 'date',
        label: { zh: '印发日期', en: 'Date issued' },
        admin: { date: { pickerAppearance: 'dayOnly' } },
      },
    ],
  },
  { ...mechanismField, required: false, index: false, defaultValue: 'incentive' },
  { name: 'summary', type: 'textarea', label: { zh: '摘要', en: 'Summary' } },
]

const outcomeFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'rowsRead', type: 'number', label: { zh: '读入行数', en: 'Rows read' } },
      { name: 'gradesAdded', type: 'number', label: { zh: '新增等次', en: 'Grades added' } },
      {
        name: 'gradesUnchanged',
        type: 'number',
        label: { zh: '等次未变', en: 'Grades unchanged' },
      },
      { name: 'awardees', type: 'number', label: { zh: '表彰对象', en: 'Awardees' } },
    ],
  },
  {
    name: 'gradesReplaced',
    type: 'array',
    label: { zh: '被替换的原有等次', en: 'Earlier grades replaced' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'unit',
            type: 'relationship',
            relationTo: 'units',
            label: { zh: '单位', en: 'Unit' },
          },
          {
            name: 'from',
            type: 'select',
            options: gradeOptions,
            label: { zh: '原等次', en: 'Was' },
          },
          { name: 'to', type: 'select', options: gradeOptions, label: { zh: '新等次', en: 'Now' } },
        ],
      },
    ],
  },
  {
    name: 'commendation',
    type: 'relationship',
    relationTo: 'commendations',
    label: { zh: '生成的表彰通报草稿', en: 'Draft notice created' },
  },
]

export const AssessmentIntakes: CollectionConfig = {
  slug: 'assessment-intakes',
  labels: {
    singular: { zh: '考核结果导入', en: 'Assessment intake' },
    plural: { zh: '考核结果导入', en: 'Assessment intakes' },
  },
  admin: {
    group: adminGroups.directory,
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'assessmentYear', 'outcome.commendation', 'createdAt'],
    description: {
      zh: '上传一个年度的考核结果 CSV：更新各单位等次，并生成一份表彰通报草稿。规则见 docs/assessment-intake.md。',
      en: "Upload a year's assessment results as CSV: it updates the units' grades and drafts one commendation notice. Rules in docs/assessment-intake.md.",
    },
  },
  // A record of what was taken in: never changed afterwards. Deleting it undoes nothing.
  access: { read: isEditor, create: isEditor, update: never, delete: isAdmin },
  hooks: {
    beforeOperation: [refuseOversizedUpload(MAX_INTAKE_BYTES), refuseRemoteUpload],
    beforeChange: [takeInAssessmentResults],
  },
  upload: {
    staticDir: uploadDirectory('intakes'),
    mimeTypes: ['text/csv'],
    modifyResponseHeaders: uploadResponseHeaders,
  },
  fields: [
    {
      name: 'assessmentYear',
      type: 'number',
      required: true,
      min: 2000,
      max: 2100,
      label: { zh: '考核年度', en: 'Assessment year' },
      admin: { description: howTo },
    },
    {
      name: 'notice',
      type: 'group',
      label: { zh: '表彰通报草稿', en: 'Draft notice' },
      admin: {
        description: {
          zh: '生成的草稿通报采用这些信息；未填的可在审核前补全（标题与摘要留空则自动生成）。',
          en: 'The draft notice takes these; anything left empty is filled in before review (title and summary are written for you if empty).',
        },
      },
      fields: noticeFields,
    },
    {
      name: 'outcome',
      type: 'group',
      label: { zh: '导入结果', en: 'Outcome' },
      access: setByTheServer,
      admin: { readOnly: true, condition: (data) => Boolean(data?.outcome) },
      fields: outcomeFields,
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '导入人', en: 'Uploaded by' },
      access: setByTheServer,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
