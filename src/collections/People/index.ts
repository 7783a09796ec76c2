// A person is a commended or featured official. Only what is public is stored, and only people
// who consented are shown in full.
import type { CollectionConfig } from 'payload'

import { hiddenUnlessStaff } from '@/access/adminVisibility'
import { editorialAccess } from '@/access/editorialAccess'
import { isStaffUser } from '@/access/roles'
import { readIfConsented } from '@/access/readIfConsented'
import { localizedText, localizedTextarea } from '@/fields/localizedText'
import { permalinkSlug } from '@/fields/slug'
import { servePublishedVersions } from '@/hooks/servePublishedVersions'
import { adminGroups } from '@/lib/adminGroups'
import { draftVersions } from '@/lib/versions'

import { setPublicName } from './hooks/setPublicName'

export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: { zh: '人物', en: 'Person' }, plural: { zh: '人物', en: 'People' } },
  admin: {
    group: adminGroups.directory,
    hidden: hiddenUnlessStaff,
    useAsTitle: 'name',
    defaultColumns: ['name', 'publicName', 'position', 'unit', 'consent'],
  },
  access: editorialAccess,
  versions: draftVersions,
  hooks: { beforeOperation: [servePublishedVersions(isStaffUser)] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { zh: '姓名', en: 'Name' },
      access: { read: readIfConsented },
    },
    {
      name: 'publicName',
      type: 'text',
      index: true,
      label: { zh: '公开显示姓名', en: 'Name shown to the public' },
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { beforeChange: [setPublicName] },
    },
    permalinkSlug('people', 'name', { read: readIfConsented }),
    localizedText('position', { zh: '职务', en: 'Position' }, true),
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      label: { zh: '所在单位', en: 'Unit' },
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '照片', en: 'Photo' },
      access: { read: readIfConsented },
    },
    {
      ...localizedTextarea('bio', { zh: '公开简介', en: 'Public biography' }),
      access: { read: readIfConsented },
    },
    {
      name: 'consent',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '本人同意公开姓名与照片', en: 'Consented to publication of name and photo' },
      admin: {
        position: 'sidebar',
        description: {
          zh: '未同意时，公众只能看到姓氏与职务。',
          en: 'Without consent the public sees only the family name and the position.',
        },
      },
    },
  ],
}
