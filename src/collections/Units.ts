// A unit is a town office or a district department; its yearly grades in the
// target-responsibility assessment decide whom the district commends.
import type { CollectionConfig, Validate } from 'payload'

import { hiddenUnlessStaff } from '@/access/adminVisibility'
import { editorialAccess } from '@/access/editorialAccess'
import { isStaffUser } from '@/access/roles'
import { localizedText } from '@/fields/localizedText'
import { pictureField } from '@/fields/picture'
import { permalinkSlug } from '@/fields/slug'
import { servePublishedVersions } from '@/hooks/servePublishedVersions'
import { say } from '@/i18n/adminMessages'
import { adminGroups } from '@/lib/adminGroups'
import {
  type AssessmentCategory,
  categoriesByKind,
  categoryFitsKind,
  categoryLabels,
  gradeLabels,
  grades,
  kindLabels,
  unitKinds,
  type UnitKind,
} from '@/lib/assessmentCategories'
import { draftVersions } from '@/lib/versions'

const categoryOfItsKind: Validate = (value, { siblingData, req }) => {
  const { kind } = siblingData as { kind?: UnitKind }
  if (!value || categoryFitsKind(kind, value)) return true
  const language = req.i18n.language === 'en' ? 'en' : 'zh'
  return say(req, 'categoryNotOfKind', {
    category: categoryLabels[value as AssessmentCategory]?.[language] ?? String(value),
    kind: (kind && kindLabels[kind]?.[language]) ?? String(kind),
  })
}

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: { zh: '单位', en: 'Unit' }, plural: { zh: '单位', en: 'Units' } },
  admin: {
    group: adminGroups.directory,
    hidden: hiddenUnlessStaff,
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
      validate: categoryOfItsKind,
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
      validate: (rows, { req }) => {
        const years = (Array.isArray(rows) ? rows : []).map(
          (row) => (row as { year?: number }).year,
        )
        return new Set(years).size === years.length ? true : say(req, 'oneGradePerYear')
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
