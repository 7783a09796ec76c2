// A commendation notice is the district's official act of commending named units and people
// for their work; it is the core content of the column.
import type { CollectionConfig } from 'payload'

import { hiddenUnlessStaff } from '@/access/adminVisibility'
import { editorialAccess } from '@/access/editorialAccess'
import { isStaffUser } from '@/access/roles'
import { localizedText, localizedTextarea } from '@/fields/localizedText'
import { dayField, documentNumberRow } from '@/fields/officialRecord'
import { mechanismField } from '@/fields/mechanism'
import { permalinkSlug } from '@/fields/slug'
import { unitOrPersonFields } from '@/fields/unitOrPerson'
import { servePublishedVersions } from '@/hooks/servePublishedVersions'
import { adminGroups } from '@/lib/adminGroups'
import { scheduledDraftVersions } from '@/lib/versions'
import { reviewBannerField, workflowFields, workflowHooks, workflowListAndEdit } from '@/workflow'

import { awardeeCategoryField, awardeeGroupsField } from './awardeeGroups'
import { recountHonorRollOnChange, recountHonorRollOnDelete } from './hooks/recountHonorRoll'
import { stampAwardeeGroups } from './hooks/stampAwardeeGroups'
import { publicNoticeField, stampPublicNotice } from './publicNotice'

export const Commendations: CollectionConfig = {
  slug: 'commendations',
  labels: {
    singular: { zh: '表彰通报', en: 'Commendation notice' },
    plural: { zh: '表彰通报', en: 'Commendation notices' },
  },
  admin: {
    group: adminGroups.publicity,
    hidden: hiddenUnlessStaff,
    useAsTitle: 'title',
    defaultColumns: ['title', 'noticeNumber', 'issuedAt', 'mechanism', 'reviewState', 'updatedAt'],
    components: workflowListAndEdit,
  },
  access: editorialAccess,
  versions: scheduledDraftVersions,
  hooks: {
    ...workflowHooks,
    beforeOperation: [servePublishedVersions(isStaffUser), ...workflowHooks.beforeOperation],
    beforeChange: [...workflowHooks.beforeChange, stampAwardeeGroups, stampPublicNotice],
    afterChange: [...workflowHooks.afterChange, recountHonorRollOnChange],
    afterDelete: [recountHonorRollOnDelete],
  },
  defaultSort: '-issuedAt',
  // Lists show published notices newest first, all of them or one year's: these let SQLite walk
  // an index in that order instead of sorting every notice (10,000 at the benchmark's scale).
  indexes: [
    { fields: ['_status', 'issuedAt', 'createdAt', 'reviewState'] },
    { fields: ['assessmentYear', '_status', 'issuedAt', 'createdAt', 'reviewState'] },
  ],
  fields: [
    reviewBannerField,
    localizedText('title', { zh: '标题', en: 'Title' }, true),
    permalinkSlug('commendations'),
    documentNumberRow('noticeNumber', 'Notice number', '区委发〔2026〕12号'),
    {
      type: 'row',
      fields: [
        { ...dayField('issuedAt', { zh: '印发日期', en: 'Date issued' }), index: true },
        {
          name: 'assessmentYear',
          type: 'number',
          required: true,
          index: true,
          min: 2000,
          max: 2100,
          label: { zh: '考核年度', en: 'Assessment year' },
        },
        mechanismField,
      ],
    },
    localizedTextarea('summary', { zh: '摘要', en: 'Summary' }, true),
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: { zh: '正文', en: 'Body' },
    },
    {
      name: 'awardees',
      type: 'array',
      required: true,
      minRows: 1,
      label: { zh: '表彰对象', en: 'Awardees' },
      labels: {
        singular: { zh: '表彰对象', en: 'Awardee' },
        plural: { zh: '表彰对象', en: 'Awardees' },
      },
      fields: [
        ...unitOrPersonFields({
          unit: { zh: '受表彰单位', en: 'Unit' },
          person: { zh: '受表彰个人', en: 'Person' },
        }),
        localizedText('honorTitle', { zh: '荣誉称号', en: 'Honor title' }, true),
        localizedTextarea('citation', { zh: '事迹简介', en: 'Citation' }),
        awardeeCategoryField,
      ],
    },
    awardeeGroupsField,
    {
      name: 'attachment',
      type: 'upload',
      relationTo: 'documents',
      label: { zh: '通报原件（PDF）', en: 'Original notice (PDF)' },
    },
    publicNoticeField,
    ...workflowFields,
  ],
}
