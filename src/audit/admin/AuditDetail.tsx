'use client'
// What an entry adds beyond the fields a change touched, in words: the roles before and after a
// change of roles, the account a refused sign-in was for, what was scheduled and for when.
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import type { ClientField } from 'payload'

import { wordsFor } from './words'

type Detail = { from?: unknown; to?: unknown; email?: unknown; type?: unknown; at?: unknown }

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

export function AuditDetail({ detail }: { detail: unknown }) {
  const { config, getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const words = wordsFor(i18n.language)
  if (!detail || typeof detail !== 'object') return null
  const { from, to, email, type, at } = detail as Detail

  const rolesField = getEntityConfig({ collectionSlug: 'users' })?.fields.find(
    (field: ClientField) => 'name' in field && field.name === 'roles',
  )
  const options = rolesField && 'options' in rolesField ? rolesField.options : []
  const roleNames = (value: unknown) => {
    const names = strings(value).map((role) => {
      const option = options.find((o) => typeof o === 'object' && o.value === role)
      return option && typeof option === 'object'
        ? getTranslation(option.label as never, i18n as never)
        : role
    })
    return names.length ? names.join('、') : words.none
  }

  const rows: [string, string][] = []
  if (from !== undefined || to !== undefined) {
    rows.push([words.rolesFrom, roleNames(from)], [words.rolesTo, roleNames(to)])
  }
  if (typeof email === 'string') rows.push([words.account, email])
  if (type === 'publish' || type === 'unpublish') rows.push([words.scheduledType, words[type]])
  if (typeof at === 'string') {
    // In the district's time zone, as it was scheduled, wherever the reader's browser is.
    const timezone = config.admin.timezones.defaultTimezone
    rows.push([
      words.scheduledAt,
      formatDate({ date: at, i18n, pattern: config.admin.dateFormat, timezone }),
    ])
  }
  if (rows.length === 0) return null
  return (
    <dl className="audit-detail">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
