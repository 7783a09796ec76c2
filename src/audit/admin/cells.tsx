'use client'
// The audit log's list in words: the document's title as a link to it, its collection by label,
// the fields that changed as labels.
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { ChangedFieldsList } from './ChangedFieldsList'
import { collectionLabel } from './fieldLabels'
import { TargetLink } from './TargetLink'

export function TargetCell({ rowData }: DefaultCellComponentProps) {
  return <TargetLink target={rowData} />
}

export function CollectionCell({ cellData }: DefaultCellComponentProps) {
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const slug = typeof cellData === 'string' ? cellData : ''
  return <span>{collectionLabel(getEntityConfig({ collectionSlug: slug }), slug, i18n)}</span>
}

export function ChangedFieldsCell({ cellData, rowData }: DefaultCellComponentProps) {
  return <ChangedFieldsList names={cellData} slug={rowData.targetCollection} />
}
