// An expert's public profile: the byline, credentials and biography readers see on the
// interpretations the expert writes. The sign-in account behind it stays private (users are never
// public); editors keep the profile and link it to the account.
import type { CollectionConfig } from 'payload'

import { hiddenUnlessStaff } from '@/access/adminVisibility'
import { editorialAccess } from '@/access/editorialAccess'
import { isEditorField } from '@/access/isEditor'
import { isStaffUser } from '@/access/roles'
import { localizedText, localizedTextarea } from '@/fields/localizedText'
import { permalinkSlug } from '@/fields/slug'
import { servePublishedVersions } from '@/hooks/servePublishedVersions'
import { adminGroups } from '@/lib/adminGroups'
import { draftVersions } from '@/lib/versions'

export const Experts: CollectionConfig = {
  slug: 'experts',
  labels: {
    singular: { zh: '专家', en: 'Expert' },
    plural: { zh: '专家', en: 'Experts' },
  },
  admin: {
    group: adminGroups.policy,
    hidden: hiddenUnlessStaff,
    useAsTitle: 'name',
    defaultColumns: ['name', 'title', 'affiliation', '_status'],
  },
  access: editorialAccess,
  versions: draftVersions,
  hooks: { beforeOperation: [servePublishedVersions(isStaffUser)] },
  fields: [
    localizedText('name', { zh: '署名', en: 'Name' }, true),
    permalinkSlug('experts', 'name'),
    localizedText('title', { zh: '职称职务', en: 'Title' }),
    localizedText('affiliation', { zh: '工作单位', en: 'Affiliation' }),
    localizedTextarea('credentials', { zh: '资历', en: 'Credentials' }),
    localizedTextarea('bio', { zh: '简介', en: 'Short biography' }),
    { name: 'photo', type: 'upload', relationTo: 'media', label: { zh: '照片', en: 'Photo' } },
    {
      name: 'account',
      type: 'relationship',
      relationTo: 'users',
      unique: true,
      index: true,
      label: { zh: '登录账号', en: 'Sign-in account' },
      admin: {
        position: 'sidebar',
        description: {
          zh: '该专家撰写解读时使用的账号；其解读自动署此名。',
          en: 'The account the expert writes with; their interpretations are signed with this profile.',
        },
      },
      filterOptions: { roles: { contains: 'expert' } },
      // Which account is behind a byline is the office's business, not the public's.
      access: { read: isEditorField },
    },
  ],
}
