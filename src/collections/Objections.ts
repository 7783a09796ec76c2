// An objection is what a member of the public says against a commendation during its
// public-notice period (公示). Only editors read it; they record whether it stands.
import type { CollectionConfig } from 'payload'

import { isEditorField } from '@/access/isEditor'
import { participationAccess } from '@/access/participationAccess'
import { consentField, moderationFields, sentField } from '@/fields/participation'
import { enforceModeration } from '@/hooks/enforceModeration'
import { tellEditorsOfObjection } from '@/notifications/tellEditorsOfPublicSubmission'
import { adminGroups } from '@/lib/adminGroups'
import { objectionForm } from '@/participation/formRules'

const [objectorName, objectorContact, grounds] = objectionForm.fields

export const Objections: CollectionConfig = {
  slug: 'objections',
  labels: {
    singular: { zh: '公示异议', en: 'Objection' },
    plural: { zh: '公示异议', en: 'Objections' },
  },
  admin: {
    group: adminGroups.publicity,
    useAsTitle: 'objectorName',
    defaultColumns: ['commendation', 'objectorName', 'status', 'createdAt'],
  },
  access: participationAccess,
  hooks: { beforeChange: [enforceModeration], afterChange: [tellEditorsOfObjection] },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'commendation',
      type: 'relationship',
      relationTo: 'commendations',
      required: true,
      index: true,
      label: { zh: '所涉通报', en: 'Notice' },
      admin: { readOnly: true },
      access: { update: () => false, read: isEditorField },
    },
    sentField(objectorName, { zh: '提出人', en: 'Objector' }),
    sentField(objectorContact, { zh: '联系方式', en: 'Contact' }),
    sentField(grounds, { zh: '异议内容', en: 'Grounds' }),
    consentField,
    ...moderationFields([
      { value: 'upheld', label: { zh: '异议成立', en: 'Upheld' } },
      { value: 'dismissed', label: { zh: '异议不成立', en: 'Dismissed' } },
    ]),
  ],
}
