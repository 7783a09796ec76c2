'use client'
// The document an audit entry is about: its title as a link to it in the admin (a deleted
// document keeps its title, without a link).
import { Link, useConfig, useTranslation } from '@payloadcms/ui'

import { wordsFor } from './words'

export type Target = {
  action?: unknown
  targetCollection?: unknown
  targetId?: unknown
  targetTitle?: unknown
}

export function TargetLink({ target }: { target: Target }) {
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
  if (target.action === 'delete' || !collection || !target.targetId) {
    return (
      <span>
        {title}
        {target.action === 'delete' ? ` ${words.deleted}` : ''}
      </span>
    )
  }
  const href = `${config.routes.admin}/collections/${slug}/${encodeURIComponent(String(target.targetId))}`
  return (
    <span>
      <Link href={href}>{title}</Link>
    </span>
  )
}
