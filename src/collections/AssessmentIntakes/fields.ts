// The fields an intake records besides its file: the details of the notice it drafts (set by the
// editor) and what came of it (set by the server).
import type { Field } from 'payload'

import { mechanismField } from '@/fields/mechanism'
import { gradeLabels, grades } from '@/lib/assessmentCategories'

const gradeOptions = grades.map((value) => ({ value, label: gradeLabels[value] }))

export const noticeFields: Field[] = [
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

export const outcomeFields: Field[] = [
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
    labels: {
      singular: { zh: '被替换的等次', en: 'Replaced grade' },
      plural: { zh: '被替换的等次', en: 'Replaced grades' },
    },
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
