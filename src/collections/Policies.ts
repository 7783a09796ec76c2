// A policy document is one of the measures themselves or a rule implementing them
// ("trial measures", implementation rules).
import type { CollectionConfig } from 'payload'

import { hiddenUnlessStaff } from '@/access/adminVisibility'
import { editorialAccess } from '@/access/editorialAccess'
import { isStaffUser } from '@/access/roles'
import { localizedText, localizedTextarea } from '@/fields/localizedText'
import { dayField, documentNumberRow } from '@/fields/officialRecord'
import { permalinkSlug } from '@/fields/slug'
import { servePublishedVersions } from '@/hooks/servePublishedVersions'
import { adminGroups } from '@/lib/adminGroups'
import { scheduledDraftVersions } from '@/lib/versions'
import { reviewBannerField, workflowFields, workflowHooks, workflowListAndEdit } from '@/workflow'

export const Policies: CollectionConfig = {
  slug: 'policies',
  labels: {
    singular: { zh: '政策文件', en: 'Policy document' },
    plural: { zh: '政策文件', en: 'Policy documents' },
  },
  admin: {
    group: adminGroups.policy,
    hidden: hiddenUnlessStaff,
    useAsTitle: 'title',
    defaultColumns: ['title', 'documentNumber', 'status', 'issuedAt', 'reviewState', 'updatedAt'],
    components: workflowListAndEdit,
  },
  access: editorialAccess,
  versions: scheduledDraftVersions,
  hooks: {
    ...workflowHooks,
    beforeOperation: [servePublishedVersions(isStaffUser), ...workflowHooks.beforeOperation],
  },
  defaultSort: '-issuedAt',
  fields: [
    reviewBannerField,
    localizedText('title', { zh: '标题', en: 'Title' }, true),
    permalinkSlug('policies'),
    documentNumberRow('documentNumber', 'Document number', '区委发〔2023〕18号'),
    {
      type: 'row',
      fields: [
        { ...dayField('issuedAt', { zh: '印发日期', en: 'Date issued' }), index: true },
        {
          ...dayField('effectiveFrom', { zh: '施行日期', en: 'Effective from' }),
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            !value ||
            !siblingData.issuedAt ||
            new Date(String(value)) >= new Date(String(siblingData.issuedAt))
              ? true
              : 'A policy cannot take effect before it is issued.',
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'in-force',
          index: true,
          label: { zh: '效力状态', en: 'Status' },
          options: [
            { value: 'in-force', label: { zh: '现行有效', en: 'In force' } },
            { value: 'superseded', label: { zh: '已废止', en: 'Superseded' } },
          ],
        },
      ],
    },
    localizedTextarea('summary', { zh: '摘要', en: 'Summary' }, true),
    { name: 'body', type: 'richText', localized: true, label: { zh: '正文', en: 'Body' } },
    {
      name: 'attachment',
      type: 'upload',
      relationTo: 'documents',
      label: { zh: '文件原件（PDF）', en: 'Original document (PDF)' },
    },
    ...workflowFields,
  ],
}
