// A unit is a town office or a district department; its yearly grades in the
// target-responsibility assessment decide whom the district commends.
import type { CollectionConfig } from 'payload'

import { editorialAccess } from '@/access/editorialAccess'
import { isStaffUser } from '@/access/roles'
import { localizedText } from '@/fields/localizedText'
import { pictureField } from '@/fields/picture'
import { permalinkSlug } from '@/fields/slug'
import { servePublishedVersions } from '@/hooks/servePublishedVersions'
import { adminGroups } from '@/lib/adminGroups'
import {
  categoriesByKind,
  categoryFitsKind,
  categoryLabels,
  gradeLabels,
  grades,
  kindLabels,
  unitKinds,
} from '@/lib/assessmentCategories'
import { draftVersions } from '@/lib/versions'

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: { zh: '单位', en: 'Unit' }, plural: { zh: '单位', en: 'Units' } },
  admin: {
    group: adminGroups.directory,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'assessmentCategory', 'updatedAt'],
  },
  access: editorialAccess,
  versions: draftVersions,
  hooks: { beforeOperation: [servePublishedVersions(isStaffUser)] },
  fields: [
    localizedText('name', { zh: '单位名称', en: 'Name' }, true),
    permalinkSlug('units', 'name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '单位类型', en: 'Kind' },
      options: unitKinds.map((value) => ({ value, label: kindLabels[value] })),
    },
    {
      name: 'assessmentCategory',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '考核类别', en: 'Assessment category' },
      options: Object.values(categoriesByKind)
        .flat()
        .map((value) => ({ value, label: categoryLabels[value] })),
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        !value || categoryFitsKind(siblingData.kind, value)
          ? true
          : `The assessment category "${String(value)}" does not belong to the kind "${String(siblingData.kind)}".`,
    },
    pictureField,
    {
      name: 'grades',
      type: 'array',
      label: { zh: '年度考核等次', en: 'Yearly grades' },
      labels: {
        singular: { zh: '年度等次', en: 'Grade' },
        plural: { zh: '年度等次', en: 'Grades' },
      },
      validate: (rows: unknown) => {
        const years = (Array.isArray(rows) ? rows : []).map(
          (row) => (row as { year?: number }).year,
        )
        return new Set(years).size === years.length ? true : 'Each year may have only one grade.'
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'year',
              type: 'number',
              required: true,
              min: 2000,
              max: 2100,
              label: { zh: '年度', en: 'Year' },
            },
            {
              name: 'grade',
              type: 'select',
              required: true,
              label: { zh: '等次', en: 'Grade' },
              options: grades.map((value) => ({ value, label: gradeLabels[value] })),
            },
          ],
        },
      ],
    },
  ],
}
