// What a nomination ("recommend a model") and an objection to a notice in its public-notice
// period ask of the person sending it. The forms, the route handlers and the collections all
// read these, so a limit is written once.
export type FormFieldSpec = {
  name: string
  maxLength: number
  multiline?: boolean
  /** An e-mail address or a telephone number, so the office can reach the sender. */
  contact?: boolean
  /** One of these values, chosen with radio buttons. */
  choices?: readonly string[]
  /** May be left empty when another field has this value. */
  optionalWhen?: { field: string; value: string }
}

export type FormSpec = { kind: 'nomination' | 'objection'; fields: readonly FormFieldSpec[] }

export const nominationForm = {
  kind: 'nomination',
  fields: [
    // A person or a whole unit (a town office, a department) may be recommended.
    { name: 'nomineeKind', maxLength: 10, choices: ['person', 'unit'] },
    { name: 'nominee', maxLength: 50 },
    // A unit recommended as a whole needs no unit of its own.
    { name: 'nomineeUnit', maxLength: 100, optionalWhen: { field: 'nomineeKind', value: 'unit' } },
    { name: 'deeds', maxLength: 4000, multiline: true },
    { name: 'nominatorName', maxLength: 50 },
    { name: 'nominatorContact', maxLength: 100, contact: true },
  ],
} as const satisfies FormSpec

export const objectionForm = {
  kind: 'objection',
  fields: [
    { name: 'objectorName', maxLength: 50 },
    { name: 'objectorContact', maxLength: 100, contact: true },
    { name: 'grounds', maxLength: 4000, multiline: true },
  ],
} as const satisfies FormSpec

/** Every form also asks for consent to keep the sender's details for this purpose. */
export const CONSENT = 'consent'
/** Left empty by people; bots that fill every field fill it too (see protections.ts). */
export const HONEYPOT = 'website'

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/
const PHONE = /^\+?[\d\s()-]+$/

export const isValidContact = (value: string): boolean => {
  const text = value.trim()
  if (EMAIL.test(text)) return true
  const digits = text.replace(/\D/g, '').length
  return PHONE.test(text) && digits >= 7 && digits <= 15
}

export type ErrorCode = 'required' | 'tooLong' | 'contact' | 'consent' | 'choice'

/** Whether a field must be filled in, given what else was sent. */
export const isRequired = (field: FormFieldSpec, values: FormValues) =>
  !field.optionalWhen || (values[field.optionalWhen.field] ?? '') !== field.optionalWhen.value

export type FormValues = Record<string, string>

/** What is wrong with a submission, field by field; empty when nothing is. */
export const checkSubmission = (spec: FormSpec, values: FormValues) => {
  const errors: Record<string, ErrorCode> = {}
  for (const field of spec.fields) {
    const value = (values[field.name] ?? '').trim()
    if (value === '') {
      if (isRequired(field, values)) errors[field.name] = 'required'
    } else if (field.choices && !field.choices.includes(value)) errors[field.name] = 'choice'
    else if (value.length > field.maxLength) errors[field.name] = 'tooLong'
    else if (field.contact && !isValidContact(value)) errors[field.name] = 'contact'
  }
  if (values[CONSENT] !== 'yes') errors[CONSENT] = 'consent'
  return errors
}
