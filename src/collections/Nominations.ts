// A nomination is a member of the public recommending a model ("recognised by the masses"). It is
// private: editors moderate it and may link the commendation or story it led to; nothing of it,
// least of all the nominator's contact, is ever public.
import type { CollectionConfig } from 'payload'

import { isEditorField } from '@/access/isEditor'
import { participationAccess } from '@/access/participationAccess'
import { consentField, moderationFields, sentChoice, sentField } from '@/fields/participation'
import { adminGroups } from '@/lib/adminGroups'
import { nominationForm } from '@/participation/formRules'

import { assignNominationReference } from '@/hooks/assignNominationReference'
import { enforceModeration } from '@/hooks/enforceModeration'
import { tellEditorsOfNomination } from '@/notifications/tellEditorsOfPublicSubmission'

const [nomineeKind, nominee, nomineeUnit, deeds, nominatorName, nominatorContact] =
  nominationForm.fields

const never = () => false

export const Nominations: CollectionConfig = {
  slug: 'nominations',
  labels: {
    singular: { zh: '群众推荐', en: 'Nomination' },
    plural: { zh: '群众推荐', en: 'Nominations' },
  },
  admin: {
    group: adminGroups.publicity,
    useAsTitle: 'nominee',
    defaultColumns: ['reference', 'nominee', 'nomineeKind', 'nomineeUnit', 'status', 'createdAt'],
    listSearchableFields: ['reference', 'nominee', 'nomineeUnit'],
  },
  access: participationAccess,
  hooks: {
    beforeChange: [enforceModeration, assignNominationReference],
    afterChange: [tellEditorsOfNomination],
  },
  defaultSort: '-createdAt',
  fields: [
    {
      // Given by the server (src/hooks/assignNominationReference.ts) and shown to the sender.
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '推荐编号', en: 'Reference' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: never, update: never },
    },
    sentChoice(nomineeKind, { zh: '推荐对象', en: 'Nominating' }, [
      { value: 'person', label: { zh: '个人', en: 'A person' } },
      { value: 'unit', label: { zh: '单位', en: 'A unit' } },
    ]),
    sentField(nominee, { zh: '被推荐人或单位', en: 'Nominee' }),
    sentField(nomineeUnit, { zh: '所在单位', en: 'Unit' }),
    sentField(deeds, { zh: '主要事迹', en: 'What they did' }),
    sentField(nominatorName, { zh: '推荐人', en: 'Nominator' }),
    sentField(nominatorContact, { zh: '推荐人联系方式', en: "Nominator's contact" }),
    consentField,
    ...moderationFields(
      [
        { value: 'accepted', label: { zh: '采纳', en: 'Accepted' } },
        { value: 'rejected', label: { zh: '不予采纳', en: 'Rejected' } },
        { value: 'duplicate', label: { zh: '重复推荐', en: 'Duplicate' } },
      ],
      [
        {
          name: 'ledTo',
          type: 'relationship',
          relationTo: ['commendations', 'model-stories'],
          label: { zh: '据此形成的通报或案例', en: 'Led to' },
          access: { read: isEditorField, create: isEditorField, update: isEditorField },
          admin: { position: 'sidebar', condition: (data) => data?.status === 'accepted' },
        },
      ],
    ),
  ],
}
