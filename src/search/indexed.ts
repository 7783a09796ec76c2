// The kinds of published document the site search finds, in the order its type facet lists them.
import { publicSections } from '@/lib/publicSections'

export const indexedCollections = [
  'commendations',
  'model-stories',
  'interpretations',
  'policies',
  'units',
  'people',
] as const

export type IndexedCollection = (typeof indexedCollections)[number]

export const isIndexedCollection = (value: unknown): value is IndexedCollection =>
  typeof value === 'string' && (indexedCollections as readonly string[]).includes(value)

/** What a result of each kind is called: its section's search label (src/lib/publicSections.ts). */
export const indexedLabels = Object.fromEntries(
  indexedCollections.map((collection) => [collection, publicSections[collection].searchLabel]),
) as Record<IndexedCollection, { zh: string; en: string }>
