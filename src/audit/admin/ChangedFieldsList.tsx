'use client'
// The fields a change touched, as the admin labels them in the reader's language: names only,
// as the log keeps them (src/audit/changedFields.ts), never values.
import { useConfig, useTranslation } from '@payloadcms/ui'

import { fieldLabel } from './fieldLabels'
import { wordsFor } from './words'

export function ChangedFieldsList({ names, slug }: { names: unknown; slug: unknown }) {
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const words = wordsFor(i18n.language)
  const list = Array.isArray(names) ? names.filter((name) => typeof name === 'string') : []
  if (list.length === 0) return <span>{words.noFields}</span>
  const collection = typeof slug === 'string' ? getEntityConfig({ collectionSlug: slug }) : null
  // Two names may share a label (an upload's focal point): each label is listed once.
  const labels = [...new Set(list.map((name) => fieldLabel(collection, name, i18n, words)))]
  return (
    <ul className="audit-changed-fields">
      {labels.map((label) => (
        <li key={label}>{label}</li>
      ))}
    </ul>
  )
}
