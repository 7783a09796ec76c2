// What the workflow records on each document: its review state, the reason an editor sent it
// back, the public withdrawal notice, the public change notes, and staff-only remarks.
import type { Field } from 'payload'

import { isEditorField } from '@/access/isEditor'
import { isSignedInField } from '@/access/isSignedIn'

import { keepRecordsOnRestore } from './hooks/keepRecordsOnRestore'
import { reviewStateLabels, reviewStates } from './transitions'

const never = () => false

export const workflowFields: Field[] = [
  {
    name: 'reviewState',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    label: { zh: '审核状态', en: 'Review state' },
    options: reviewStates.map((value) => ({ value, label: reviewStateLabels[value] })),
    admin: {
      position: 'sidebar',
      isClearable: false,
      // Moves are made with the review actions above the form (src/components/admin/workflow),
      // which read the transitions table; the API still takes `reviewState` as before.
      readOnly: true,
      description: {
        zh: '使用页面上方的审核操作按钮：提交审核、通过、退回修改、发布、撤回等。',
        en: 'Use the review actions at the top of the page: submit, approve, send back, publish, withdraw.',
      },
    },
  },
  {
    name: 'rejectionReason',
    type: 'textarea',
    label: { zh: '退回理由', en: 'Reason for sending back' },
    // The author reads it; the public never does.
    access: { read: isSignedInField, update: isEditorField, create: isEditorField },
    admin: { position: 'sidebar', condition: (data) => data?.reviewState === 'rejected' },
  },
  {
    name: 'withdrawal',
    type: 'group',
    label: { zh: '撤回说明', en: 'Withdrawal notice' },
    // A restore brings back content, never an older notice: the reason stays in every language.
    hooks: { beforeChange: [keepRecordsOnRestore] },
    admin: { condition: (data) => data?.reviewState === 'withdrawn' },
    fields: [
      {
        name: 'at',
        type: 'date',
        label: { zh: '撤回时间', en: 'Withdrawn on' },
        access: { create: never, update: never },
        admin: { readOnly: true },
      },
      {
        name: 'reason',
        type: 'textarea',
        localized: true,
        label: { zh: '撤回理由（公开）', en: 'Public reason for withdrawal' },
      },
    ],
  },
  {
    name: 'changeNotes',
    type: 'array',
    label: { zh: '更正说明（公开）', en: 'Public change notes' },
    labels: {
      singular: { zh: '更正说明', en: 'Change note' },
      plural: { zh: '更正说明', en: 'Change notes' },
    },
    hooks: { beforeChange: [keepRecordsOnRestore] },
    admin: {
      description: {
        zh: '更正已发布内容时新增一条；已有说明不可修改或删除。',
        en: 'Add one when correcting a published item; earlier notes cannot be changed or removed.',
      },
    },
    fields: [
      { name: 'at', type: 'date', label: { zh: '日期', en: 'Date' }, admin: { readOnly: true } },
      {
        name: 'note',
        type: 'textarea',
        required: true,
        localized: true,
        label: { zh: '说明', en: 'Note' },
      },
    ],
  },
  {
    name: 'remarks',
    type: 'array',
    label: { zh: '内部审核意见', en: 'Editorial remarks (internal)' },
    labels: { singular: { zh: '意见', en: 'Remark' }, plural: { zh: '意见', en: 'Remarks' } },
    hooks: { beforeChange: [keepRecordsOnRestore] },
    access: { read: isEditorField, create: isEditorField, update: isEditorField },
    fields: [
      { name: 'text', type: 'textarea', required: true, label: { zh: '内容', en: 'Remark' } },
      {
        type: 'row',
        fields: [
          {
            name: 'by',
            type: 'relationship',
            relationTo: 'users',
            label: { zh: '提出人', en: 'By' },
            admin: { readOnly: true },
          },
          {
            name: 'at',
            type: 'date',
            label: { zh: '时间', en: 'When' },
            admin: { readOnly: true },
          },
        ],
      },
    ],
  },
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    label: { zh: '创建人', en: 'Created by' },
    access: { read: isEditorField, create: never, update: never },
    admin: { position: 'sidebar', readOnly: true },
  },
]
