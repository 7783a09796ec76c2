// An expert interpretation is an article by an invited expert, scholar or senior official that
// explains the policy; experts write it, editors review and publish it.
import type { CollectionConfig, Where } from 'payload'

import { shownToStaff } from '@/access/adminVisibility'
import { isEditor, isEditorField } from '@/access/isEditor'
import { hasRole } from '@/access/roles'
import {
  createInterpretation,
  readInterpretation,
  updateInterpretation,
} from '@/access/interpretationAccess'
import { localizedText, localizedTextarea } from '@/fields/localizedText'
import { mechanismField } from '@/fields/mechanism'
import { permalinkSlug } from '@/fields/slug'
import { servePublishedVersions } from '@/hooks/servePublishedVersions'
import { adminGroups } from '@/lib/adminGroups'
import { scheduledDraftVersions } from '@/lib/versions'
import { say } from '@/i18n/adminMessages'
import { reviewBannerField, workflowFields, workflowHooks, workflowListAndEdit } from '@/workflow'

import { assignExpertAuthor } from './hooks/assignExpertAuthor'
import { signWithExpertProfile } from './hooks/signWithExpertProfile'

const experts: Where = { roles: { contains: 'expert' } }

export const Interpretations: CollectionConfig = {
  slug: 'interpretations',
  labels: {
    singular: { zh: '专家解读', en: 'Expert interpretation' },
    plural: { zh: '专家解读', en: 'Expert interpretations' },
  },
  admin: {
    group: adminGroups.policy,
    useAsTitle: 'title',
    defaultColumns: ['title', 'author', 'mechanism', 'reviewState', 'updatedAt'],
    components: workflowListAndEdit,
  },
  access: {
    read: readInterpretation,
    readVersions: isEditor,
    create: createInterpretation,
    update: updateInterpretation,
    delete: isEditor,
  },
  versions: scheduledDraftVersions,
  hooks: {
    ...workflowHooks,
    beforeOperation: [
      servePublishedVersions((user) => hasRole(user, 'admin', 'editor', 'expert')),
      ...workflowHooks.beforeOperation,
    ],
    beforeChange: [assignExpertAuthor, signWithExpertProfile, ...workflowHooks.beforeChange],
  },
  fields: [
    reviewBannerField,
    localizedText('title', { zh: '标题', en: 'Title' }, true),
    permalinkSlug('interpretations'),
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { zh: '作者', en: 'Author' },
      filterOptions: () => experts,
      // An expert always writes as themselves (assignExpertAuthor); the field is the editors'.
      admin: { position: 'sidebar', condition: shownToStaff },
      validate: async (
        value: unknown,
        { req }: { req: Parameters<typeof assignExpertAuthor>[0]['req'] },
      ) => {
        if (!value) return say(req, 'chooseExpert')
        const id = typeof value === 'object' ? (value as { id: number | string }).id : value
        // system: the chosen author's role decides, whoever saves (seeds have no user)
        const author = await req.payload
          .findByID({ collection: 'users', id: id as number | string, req, depth: 0 })
          .catch(() => null)
        return author?.roles?.includes('expert') ? true : say(req, 'authorIsExpert')
      },
    },
    {
      name: 'expert',
      type: 'relationship',
      relationTo: 'experts',
      index: true,
      label: { zh: '署名专家', en: 'Byline' },
      // An expert signs with their own profile only (signWithExpertProfile); editors choose.
      access: { create: isEditorField, update: isEditorField },
      admin: {
        position: 'sidebar',
        condition: shownToStaff,
        description: {
          zh: '读者看到的作者署名；留空时使用作者账号所关联的专家资料。',
          en: "The byline readers see; left empty, it is the author account's expert profile.",
        },
      },
    },
    mechanismField,
    {
      name: 'relatedPolicies',
      type: 'relationship',
      relationTo: 'policies',
      hasMany: true,
      label: { zh: '相关政策', en: 'Related policies' },
    },
    localizedTextarea('summary', { zh: '摘要', en: 'Summary' }, true),
    { name: 'body', type: 'richText', localized: true, label: { zh: '正文', en: 'Body' } },
    ...workflowFields,
  ],
}
