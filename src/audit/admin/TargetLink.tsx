'use client'
// The document an audit entry is about: its collection, and its title as a link to it in the
// admin (a deleted document keeps its title, without a link).
import { Link, useConfig, useTranslation } from '@payloadcms/ui'

import { collectionLabel } from './fieldLabels'
import { wordsFor } from './words'

export type Target = {
  action?: unknown
  targetCollection?: unknown
  targetId?: unknown
  targetTitle?: unknown
}

export function TargetLink({
  target,
  withCollection,
}: {
  target: Target
  withCollection?: boolean
}) {
  const { config, getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const words = wordsFor(i18n.language)
  const slug = typeof target.targetCollection === 'string' ? target.targetCollection : ''
  const collection = slug ? getEntityConfig({ collectionSlug: slug }) : null
  const title =
    typeof target.targetTitle === 'string' && target.targetTitle
      ? target.targetTitle
      : target.targetId
        ? `#${String(target.targetId)}`
        : words.noTitle
  const prefix = withCollection && slug ? `${collectionLabel(collection, slug, i18n)}：` : ''
  if (target.action === 'delete' || !collection || !target.targetId) {
    return (
      <span>
        {prefix}
        {title}
        {target.action === 'delete' ? ` ${words.deleted}` : ''}
      </span>
    )
  }
  const href = `${config.routes.admin}/collections/${slug}/${encodeURIComponent(String(target.targetId))}`
  return (
    <span>
      {prefix}
      <Link href={href}>{title}</Link>
    </span>
  )
}
