// An assessment intake is one year's target-responsibility assessment results, taken in from a
// spreadsheet: the file as uploaded, the notice details the editor set, and what came of it (the
// grades written and the draft commendation notice). The publicity office's staff only.
import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditor, isEditorField } from '@/access/isEditor'
import { refuseOversizedUpload } from '@/hooks/refuseOversizedUpload'
import { refuseRemoteUpload } from '@/hooks/refuseRemoteUpload'
import { adminGroups } from '@/lib/adminGroups'
import { uploadDirectory } from '@/lib/uploadDirectory'
import { uploadResponseHeaders } from '@/lib/uploadResponseHeaders'

import { MAX_INTAKE_BYTES } from './columns'
import { noticeFields, outcomeFields } from './fields'
import { takeInAssessmentResults } from './hooks/takeInAssessmentResults'
import { previewIntake } from './previewEndpoint'
import { intakeTemplate } from './templateEndpoint'

const never = () => false
const setByTheServer = { create: never, update: never, read: isEditorField }
const admin = '/collections/AssessmentIntakes/admin'

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
      zh: '上传一个年度的考核结果 CSV：先预览将要发生的变化，确认后更新各单位等次，并生成一份表彰通报草稿。',
      en: "Upload a year's assessment results as CSV: preview what it will change, then confirm to update the units' grades and draft one commendation notice.",
    },
    components: { edit: { SaveButton: `${admin}/ConfirmIntakeButton#ConfirmIntakeButton` } },
  },
  endpoints: [previewIntake, intakeTemplate],
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
      name: 'guide',
      type: 'ui',
      admin: {
        components: { Field: `${admin}/IntakeGuide#IntakeGuide` },
        condition: (data) => !data?.id,
      },
    },
    {
      name: 'assessmentYear',
      type: 'number',
      required: true,
      min: 2000,
      max: 2100,
      label: { zh: '考核年度', en: 'Assessment year' },
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
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: `${admin}/IntakePreview#IntakePreview` } },
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
