// Where each kind of published document lives on the public site, without the language prefix.
// Pages, feeds, the sitemap, JSON-LD and the redirects for changed slugs all name pages from here;
// the paths themselves are defined with the rest of each section in publicSections.ts.
import { publicCollections, publicSections, type PublicCollection } from './publicSections'

export { isPublicCollection, publicCollections, type PublicCollection } from './publicSections'

export const sectionPaths = Object.fromEntries(
  publicCollections.map((collection) => [collection, publicSections[collection].path]),
) as { [C in PublicCollection]: (typeof publicSections)[C]['path'] }

/** `documentPath('commendations', 'a-notice')` is `/commendations/a-notice`. */
export const documentPath = (collection: PublicCollection, slug: string) =>
  `${sectionPaths[collection]}/${encodeURIComponent(slug)}`

export const honorRollPath = (year?: number) => (year ? `/honor-roll/${year}` : '/honor-roll')
