// Turns the names an audit entry keeps (a collection's slug, its fields' names) into the labels
// the admin shows for them, from the admin's own configuration in the reader's language.
import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { ClientCollectionConfig, ClientField } from 'payload'

import type { AuditWords } from './words'

type Named = { name: string; label?: unknown }

/** Every named field of a collection, looking through rows, collapsibles and unnamed tabs. */
const namedFields = (fields: readonly ClientField[]): Named[] =>
  fields.flatMap((field): Named[] => {
    if ('name' in field && field.name) return [field as Named]
    if ('fields' in field && Array.isArray(field.fields)) return namedFields(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => namedFields(tab.fields))
    return []
  })

export const collectionLabel = (
  collection: ClientCollectionConfig | null | undefined,
  slug: string,
  i18n: I18nClient,
): string =>
  collection ? getTranslation(collection.labels.singular as never, i18n as never) || slug : slug

/** A field's label; Payload's own status field and unlabelled names keep a readable word. */
export const fieldLabel = (
  collection: ClientCollectionConfig | null | undefined,
  name: string,
  i18n: I18nClient,
  words: AuditWords,
): string => {
  if (name === '_status') return words.status
  const field = namedFields(collection?.fields ?? []).find((candidate) => candidate.name === name)
  if (field?.label) return getTranslation(field.label as never, i18n as never) || name
  return words.uploadFields[name] ?? name
}
