// A permalink segment made from the title (Chinese becomes pinyin). It is made once, when a
// document is first saved without one, and kept when the title changes: published addresses
// must stay valid. Editors may still set it by hand.
import type { CollectionSlug, FieldAccess, FieldHook, PayloadRequest, TextField } from 'payload'

import { slugFromTitle } from '@/lib/slugFromTitle'

const firstText = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const texts = value as Record<string, unknown>
    return String(texts.zh ?? texts.en ?? '')
  }
  return ''
}

const isTaken = async (
  collection: CollectionSlug,
  slug: string,
  req: PayloadRequest,
  id?: unknown,
) => {
  // system: a permalink is unique among all documents, drafts included
  const { totalDocs } = await req.payload.count({
    collection,
    req,
    overrideAccess: true,
    where: { and: [{ slug: { equals: slug } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
  })
  return totalDocs > 0
}

const makeSlug =
  (collection: CollectionSlug, useAsSlug: string): FieldHook =>
  async ({ value, data, originalDoc, req }) => {
    const typed = slugFromTitle(firstText(value))
    if (typed) return typed
    if (originalDoc?.slug) return originalDoc.slug
    const base = slugFromTitle(firstText(data?.[useAsSlug])) || collection
    for (let attempt = 1; ; attempt += 1) {
      const candidate = attempt === 1 ? base : `${base}-${attempt}`
      if (!(await isTaken(collection, candidate, req, originalDoc?.id))) return candidate
    }
  }

export const permalinkSlug = (
  collection: CollectionSlug,
  useAsSlug = 'title',
  access?: { read: FieldAccess },
): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  label: { zh: '链接名', en: 'Slug' },
  access,
  admin: {
    position: 'sidebar',
    description: {
      zh: '首次保存时按标题自动生成，此后修改标题不会改变链接。',
      en: 'Made from the title on first save; later title edits keep the address.',
    },
  },
  hooks: { beforeValidate: [makeSlug(collection, useAsSlug)] },
})
