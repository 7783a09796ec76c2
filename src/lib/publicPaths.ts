// Where each kind of published document lives on the public site, without the language prefix.
// Pages, feeds, the sitemap, JSON-LD and the redirects for changed slugs all name pages from here.
export const sectionPaths = {
  commendations: '/commendations',
  'model-stories': '/model-stories',
  interpretations: '/interpretations',
  policies: '/policies',
  units: '/units',
  people: '/people',
  experts: '/experts',
} as const

export type PublicCollection = keyof typeof sectionPaths

/** Every collection with pages of its own on the public site. */
export const publicCollections = Object.keys(sectionPaths) as PublicCollection[]

export const isPublicCollection = (value: unknown): value is PublicCollection =>
  typeof value === 'string' && value in sectionPaths

/** `documentPath('commendations', 'a-notice')` is `/commendations/a-notice`. */
export const documentPath = (collection: PublicCollection, slug: string) =>
  `${sectionPaths[collection]}/${encodeURIComponent(slug)}`

export const honorRollPath = (year?: number) => (year ? `/honor-roll/${year}` : '/honor-roll')
