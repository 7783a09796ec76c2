// The audit log: who changed which document how, whose roles changed, and which sign-ins were
// refused. Administrators read it; nobody, administrators included, writes, edits or deletes it
// through any API. Only the hooks in src/audit write it, in the transaction of the change. The
// admin shows it in words (src/audit/admin): titles with links, labels instead of slugs and names.
import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { auditActionLabels, auditActions } from '@/audit/actions'
import { adminGroups } from '@/lib/adminGroups'

const never = () => false
const components = '/audit/admin'

export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { zh: '审计日志', en: 'Audit entry' },
    plural: { zh: '审计日志', en: 'Audit log' },
  },
  admin: {
    group: adminGroups.administration,
    useAsTitle: 'targetTitle',
    defaultColumns: ['createdAt', 'action', 'targetTitle', 'targetCollection', 'actorEmail'],
  },
  access: { read: isAdmin, create: never, update: never, delete: never },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  lockDocuments: false,
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '操作', en: 'Action' },
      options: auditActions.map((value) => ({ value, label: auditActionLabels[value] })),
    },
    // Text, not a relationship: the entry keeps naming a document after it is deleted.
    {
      name: 'targetTitle',
      type: 'text',
      label: { zh: '文档', en: 'Document' },
      admin: {
        components: {
          Field: `${components}/fields#TargetField`,
          Cell: `${components}/cells#TargetCell`,
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'targetCollection',
          type: 'text',
          required: true,
          index: true,
          label: { zh: '内容类型', en: 'Collection' },
          admin: {
            components: {
              Field: `${components}/fields#CollectionField`,
              Cell: `${components}/cells#CollectionCell`,
            },
          },
        },
        {
          name: 'targetId',
          type: 'text',
          index: true,
          label: { zh: '文档编号', en: 'Document ID' },
          admin: { hidden: true },
        },
      ],
    },
    {
      name: 'changedFields',
      type: 'json',
      label: { zh: '变更字段', en: 'Changed fields' },
      admin: {
        description: { zh: '只记字段名，不记内容。', en: 'Names only, never values.' },
        components: {
          Field: `${components}/fields#ChangedFieldsField`,
          Cell: `${components}/cells#ChangedFieldsCell`,
        },
      },
    },
    {
      name: 'detail',
      type: 'json',
      label: { zh: '详情', en: 'Detail' },
      admin: { components: { Field: `${components}/fields#DetailField` }, disableListColumn: true },
    },
    {
      type: 'row',
      fields: [
        // A snapshot, not a relationship: deleting an account must not rewrite its history.
        { name: 'actorId', type: 'text', index: true, label: { zh: '操作人编号', en: 'User ID' } },
        { name: 'actorEmail', type: 'text', label: { zh: '操作人邮箱', en: 'User email' } },
        { name: 'address', type: 'text', label: { zh: '来源地址', en: 'Address' } },
      ],
    },
  ],
}
