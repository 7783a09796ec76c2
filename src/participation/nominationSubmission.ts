// The "recommend a model" form: a valid submission becomes a new nomination, created as the
// public (the collection lets the public create only through here; see participationAccess).
import config from '@payload-config'
import { getPayload } from 'payload'

import { nominationForm, type FormValues } from './formRules'
import type { SubmissionForm } from './handleSubmission'
import { newReference } from './nominationReference'

export const typedText = (values: FormValues, spec: { fields: readonly { name: string }[] }) =>
  Object.fromEntries(spec.fields.map(({ name }) => [name, (values[name] ?? '').trim()]))

/** A unit nominated as a whole is its own unit: the record always names one. */
const withUnit = (typed: Record<string, string>) =>
  typed.nomineeKind === 'unit' && !typed.nomineeUnit
    ? { ...typed, nomineeUnit: typed.nominee ?? '' }
    : typed

export const nominationSubmission: SubmissionForm = {
  spec: nominationForm,
  path: '/nominate',
  save: async (values) => {
    const payload = await getPayload({ config })
    const nomination = await payload.create({
      collection: 'nominations',
      data: { ...withUnit(typedText(values, nominationForm)), consent: true } as never,
      overrideAccess: false,
    })
    return { reference: nomination.reference ?? null }
  },
  decoyReference: newReference,
}
