// The groups an honor roll is read in: units by the category they are assessed in, and people on
// their own. Each awardee records its unit's category when the notice is saved, and the notice
// records which groups its awardees fall in, so that "notices commending economic departments"
// is a condition on the notice itself: no join through 100,000 awardees, no lookup of units.
import type { Field, GroupField, SelectField } from 'payload'

import {
  type AssessmentCategory,
  categoriesByKind,
  categoryLabels,
} from '@/lib/assessmentCategories'

export type HonorRollGroup = AssessmentCategory | 'people'

const categories: AssessmentCategory[] = Object.values(categoriesByKind).flat()

export const honorRollGroups: HonorRollGroup[] = [...categories, 'people']

export const isHonorRollGroup = (value: unknown): value is HonorRollGroup =>
  (honorRollGroups as unknown[]).includes(value)

export const groupLabels: Record<HonorRollGroup, { zh: string; en: string }> = {
  ...categoryLabels,
  people: { zh: '先进个人', en: 'Individuals' },
}

/** Field names are identifiers: `key-development` is stored as `awardeeGroups.keyDevelopment`. */
export const groupFieldNames: Record<HonorRollGroup, string> = {
  'key-development': 'keyDevelopment',
  'ecological-development': 'ecologicalDevelopment',
  'party-mass': 'partyMass',
  comprehensive: 'comprehensive',
  economic: 'economic',
  residential: 'residential',
  people: 'people',
}

/** The query path that finds notices commending someone in the group. */
export const groupPath = (group: HonorRollGroup) => `awardeeGroups.${groupFieldNames[group]}`

const never = () => false
const setByTheServer = { create: never, update: never }

/** On each awardee row: the category its unit was assessed in when the notice was saved. */
export const awardeeCategoryField: SelectField = {
  name: 'assessmentCategory',
  type: 'select',
  options: categories.map((value) => ({ value, label: categoryLabels[value] })),
  access: setByTheServer,
  admin: { hidden: true },
}

/** On the notice: one flag per group, set when any of its awardees falls in that group. */
export const awardeeGroupsField: GroupField = {
  name: 'awardeeGroups',
  type: 'group',
  access: setByTheServer,
  admin: { hidden: true },
  fields: honorRollGroups.map((group): Field => ({
    name: groupFieldNames[group],
    type: 'checkbox',
    label: groupLabels[group],
  })),
}
