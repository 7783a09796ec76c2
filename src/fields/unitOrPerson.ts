// Something is said about either a unit or a person, never both and never neither: an awardee of a
// commendation, the subject of a model story.
import type { Field, FieldAccess, Validate } from 'payload'

import { say } from '@/i18n/adminMessages'

type Label = { zh: string; en: string }

const exactlyOne =
  (other: 'unit' | 'person'): Validate =>
  (value, { siblingData, req }) => {
    const mine = Boolean(value)
    const theirs = Boolean((siblingData as Record<string, unknown>)[other])
    if (mine && theirs) return say(req, 'unitAndPerson')
    if (!mine && !theirs) return say(req, 'unitOrPerson')
    return true
  }

/** `personRead` narrows who may read the person beyond the collection's rules (model stories). */
export const unitOrPersonFields = (
  labels: { unit: Label; person: Label },
  personRead?: FieldAccess,
): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'unit',
        type: 'relationship',
        relationTo: 'units',
        label: labels.unit,
        index: true,
        validate: exactlyOne('person'),
      },
      {
        name: 'person',
        type: 'relationship',
        relationTo: 'people',
        label: labels.person,
        index: true,
        validate: exactlyOne('unit'),
        ...(personRead ? { access: { read: personRead } } : {}),
      },
    ],
  },
]
