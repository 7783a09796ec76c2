// The name an audit entry keeps for its document, as the admin titles it then: the log still
// names a document after it is renamed or deleted. A person is named as the public may name them.
import type { SanitizedCollectionConfig } from 'payload'

const MAX_LENGTH = 200

/** A localized value read in every language is `{ zh, en }`: Chinese first, the record's language. */
const text = (value: unknown): string | undefined => {
  if (typeof value === 'string' && value.trim()) return value.trim()
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { zh, en } = value as Record<string, unknown>
    return text(zh) ?? text(en)
  }
  return undefined
}

export const titleOf = (
  collection: Pick<SanitizedCollectionConfig, 'slug' | 'admin'>,
  doc: Record<string, unknown>,
): string | null => {
  const field = collection.slug === 'people' ? 'publicName' : collection.admin?.useAsTitle
  const title = (field && text(doc[field])) ?? text(doc.filename)
  return title ? title.slice(0, MAX_LENGTH) : null
}
