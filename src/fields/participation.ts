// The fields nominations and objections share: what the sender typed (the contact readable by
// editors only), their consent, and the editors' moderation (a decision and an internal note).
import type { Field, FieldAccess, SelectField, TextareaField, TextField, Validate } from 'payload'

import { isEditorField } from '@/access/isEditor'
import { say } from '@/i18n/adminMessages'
import { isValidContact, type FormFieldSpec } from '@/participation/formRules'

const never: FieldAccess = () => false
const editorsOnly = { read: isEditorField, create: isEditorField, update: isEditorField }

type Label = { zh: string; en: string }

const isContact: Validate = (value, { req }) =>
  (typeof value === 'string' && isValidContact(value)) || say(req, 'contact')

/** A field the sender fills in; only its contact field is hidden from everyone but editors. */
export const sentField = (spec: FormFieldSpec, label: Label): TextField | TextareaField => {
  const common = {
    name: spec.name,
    label,
    required: true,
    maxLength: spec.maxLength,
    admin: { readOnly: true },
    access: { update: never, ...(spec.contact ? { read: isEditorField } : {}) },
  }
  if (spec.multiline) return { ...common, type: 'textarea' }
  return { ...common, type: 'text', ...(spec.contact ? { validate: isContact } : {}) }
}

/** A choice the sender made (a person or a unit), with the words editors read for each value. */
export const sentChoice = (
  spec: FormFieldSpec,
  label: Label,
  options: { value: string; label: Label }[],
): SelectField => ({
  name: spec.name,
  type: 'select',
  label,
  required: true,
  defaultValue: options[0]?.value,
  options,
  admin: { readOnly: true },
  access: { update: never },
})

export const consentField: Field = {
  name: 'consent',
  type: 'checkbox',
  required: true,
  label: { zh: '同意保存联系方式', en: 'Consented to keeping their details' },
  admin: { readOnly: true },
  access: { update: never },
  validate: (value, { req }) => value === true || say(req, 'consent'),
}

export const moderationFields = (
  statuses: readonly { value: string; label: Label }[],
  extra: Field[] = [],
): Field[] => [
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'new',
    index: true,
    label: { zh: '处理状态', en: 'Status' },
    options: [{ value: 'new', label: { zh: '待处理', en: 'New' } }, ...statuses],
    // The public never sets a decision: a new submission is always `new`.
    access: editorsOnly,
    admin: { position: 'sidebar' },
  },
  ...extra,
  {
    name: 'internalNote',
    type: 'textarea',
    label: { zh: '内部备注', en: 'Internal note' },
    access: editorsOnly,
    admin: { position: 'sidebar' },
  },
]
