// A model story holds up a positive model to learn from, or a negative case as a warning.
import type { CollectionConfig } from 'payload'

import { hiddenUnlessStaff } from '@/access/adminVisibility'
import { editorialAccess } from '@/access/editorialAccess'
import { isStaffUser } from '@/access/roles'
import { localizedText, localizedTextarea } from '@/fields/localizedText'
import { mechanismField } from '@/fields/mechanism'
import { pictureField } from '@/fields/picture'
import { permalinkSlug } from '@/fields/slug'
import { storySubjectField } from '@/fields/storySubject'
import { servePublishedVersions } from '@/hooks/servePublishedVersions'
import { adminGroups } from '@/lib/adminGroups'
import { scheduledDraftVersions } from '@/lib/versions'
import { reviewBannerField, workflowFields, workflowHooks, workflowListAndEdit } from '@/workflow'

export const ModelStories: CollectionConfig = {
  slug: 'model-stories',
  labels: {
    singular: { zh: '典型案例', en: 'Model story' },
    plural: { zh: '典型案例', en: 'Model stories' },
  },
  admin: {
    group: adminGroups.publicity,
    hidden: hiddenUnlessStaff,
    useAsTitle: 'title',
    defaultColumns: ['title', 'polarity', 'mechanism', 'reviewState', 'updatedAt'],
    components: workflowListAndEdit,
  },
  access: editorialAccess,
  versions: scheduledDraftVersions,
  hooks: {
    ...workflowHooks,
    beforeOperation: [servePublishedVersions(isStaffUser), ...workflowHooks.beforeOperation],
  },
  fields: [
    reviewBannerField,
    localizedText('title', { zh: '标题', en: 'Title' }, true),
    permalinkSlug('model-stories'),
    {
      type: 'row',
      fields: [
        {
          name: 'polarity',
          type: 'select',
          required: true,
          index: true,
          label: { zh: '类型', en: 'Polarity' },
          options: [
            { value: 'positive', label: { zh: '正面典型', en: 'Positive model' } },
            { value: 'negative', label: { zh: '反面警示', en: 'Warning case' } },
          ],
        },
        mechanismField,
      ],
    },
    storySubjectField,
    pictureField,
    localizedTextarea('summary', { zh: '摘要', en: 'Summary' }, true),
    { name: 'body', type: 'richText', localized: true, label: { zh: '正文', en: 'Story' } },
    {
      name: 'lessons',
      type: 'array',
      label: { zh: '启示', en: 'Lessons drawn' },
      labels: { singular: { zh: '启示', en: 'Lesson' }, plural: { zh: '启示', en: 'Lessons' } },
      fields: [localizedTextarea('lesson', { zh: '内容', en: 'Lesson' }, true)],
    },
    ...workflowFields,
  ],
}
