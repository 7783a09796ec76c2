'use client'
// The audit log's edit view in words: the document (its collection and a link to it), the fields
// that changed as a list of labels, and the detail as terms and values. These replace Payload's
// JSON editor, which would show code and load its files from the internet.
import { FieldLabel, useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent, TextFieldClientComponent } from 'payload'

import { AuditDetail } from './AuditDetail'
import { ChangedFieldsList } from './ChangedFieldsList'
import { collectionLabel } from './fieldLabels'
import { TargetLink } from './TargetLink'

const useValue = (name: string) => useFormFields(([fields]) => fields[name]?.value)

export const TargetField: TextFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string>({ path })
  const target = {
    action: useValue('action'),
    targetCollection: useValue('targetCollection'),
    targetId: useValue('targetId'),
    targetTitle: value,
  }
  return (
    <div className="field-type audit-field">
      <FieldLabel label={field.label} path={path} />
      <TargetLink target={target} />
    </div>
  )
}

export const CollectionField: TextFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string>({ path })
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const slug = value ?? ''
  return (
    <div className="field-type audit-field">
      <FieldLabel label={field.label} path={path} />
      <span>{collectionLabel(getEntityConfig({ collectionSlug: slug }), slug, i18n)}</span>
    </div>
  )
}

export const ChangedFieldsField: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField({ path })
  const slug = useValue('targetCollection')
  return (
    <div className="field-type audit-field">
      <FieldLabel label={field.label} path={path} />
      <ChangedFieldsList names={value} slug={slug} />
    </div>
  )
}

export const DetailField: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField({ path })
  if (!value) return null
  return (
    <div className="field-type audit-field">
      <FieldLabel label={field.label} path={path} />
      <AuditDetail detail={value} />
    </div>
  )
}
