// The kinds of published document the site search finds, in the order its type facet lists them.
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

export const indexedLabels: Record<IndexedCollection, { zh: string; en: string }> = {
  commendations: { zh: '表彰通报', en: 'Commendations' },
  'model-stories': { zh: '典型案例', en: 'Model stories' },
  interpretations: { zh: '专家解读', en: 'Interpretations' },
  policies: { zh: '政策文件', en: 'Policies' },
  units: { zh: '单位', en: 'Units' },
  people: { zh: '人物', en: 'People' },
}
