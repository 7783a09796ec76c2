// Each public section of the column, defined once: where its pages live, the cache tags that
// expire them, the filters its list reads, what the sitemap offers of it and what the site search
// calls it. Paths (publicPaths.ts), cache tags (src/data/cacheTags.ts), revalidation
// (src/hooks/revalidatePublicPages.ts), the sitemap (src/data/sitemap.ts), the search's labels
// (src/search/indexed.ts) and the proxy's matcher test all read this table.
import type { ViewKey } from './listView'

type Label = { zh: string; en: string }

export type PublicSection = {
  /** Where its pages live, without the language prefix. */
  path: `/${string}`
  /** The cache tag of everything that lists the section (its list, counts, names in other pages). */
  listTag: string
  /** The cache tag of one document's page, by slug; people are tagged as a whole instead. */
  pageTag?: (slug: string) => string
  /** The filters its list page reads from the address (src/lib/listView.ts); none: no list. */
  filters: readonly ViewKey[]
  /** Which documents the sitemap offers, and whether it offers the list page too. */
  sitemap: { shows: 'listed' | 'consenting' | 'all'; listPage: boolean }
  /** Its name as a kind of search result; null where the site search does not look. */
  searchLabel: Label | null
  /** Whether a changed slug leaves a redirect behind (a person's slug spells their name: no). */
  keepsOldAddresses: boolean
}

export const publicSections = {
  commendations: {
    path: '/commendations',
    listTag: 'commendations',
    pageTag: (slug: string) => `commendation:${slug}`,
    filters: ['issued', 'assessed', 'mechanism', 'category', 'page'],
    sitemap: { shows: 'listed', listPage: true },
    searchLabel: { zh: '表彰通报', en: 'Commendations' },
    keepsOldAddresses: true,
  },
  'model-stories': {
    path: '/model-stories',
    listTag: 'model-stories',
    pageTag: (slug: string) => `model-story:${slug}`,
    filters: ['polarity', 'mechanism', 'page'],
    sitemap: { shows: 'listed', listPage: true },
    searchLabel: { zh: '典型案例', en: 'Model stories' },
    keepsOldAddresses: true,
  },
  interpretations: {
    path: '/interpretations',
    listTag: 'interpretations',
    pageTag: (slug: string) => `interpretation:${slug}`,
    filters: ['page'],
    sitemap: { shows: 'listed', listPage: true },
    searchLabel: { zh: '专家解读', en: 'Interpretations' },
    keepsOldAddresses: true,
  },
  policies: {
    path: '/policies',
    listTag: 'policies',
    pageTag: (slug: string) => `policy:${slug}`,
    filters: ['page'],
    sitemap: { shows: 'listed', listPage: true },
    searchLabel: { zh: '政策文件', en: 'Policies' },
    keepsOldAddresses: true,
  },
  units: {
    path: '/units',
    listTag: 'units',
    pageTag: (slug: string) => `unit:${slug}`,
    // A unit's own page pages its notices.
    filters: ['page'],
    sitemap: { shows: 'all', listPage: true },
    searchLabel: { zh: '单位', en: 'Units' },
    keepsOldAddresses: true,
  },
  people: {
    path: '/people',
    // A person without consent has no public slug to name a tag by.
    listTag: 'people',
    filters: [],
    sitemap: { shows: 'consenting', listPage: false },
    searchLabel: { zh: '人物', en: 'People' },
    keepsOldAddresses: false,
  },
  experts: {
    path: '/experts',
    listTag: 'experts',
    pageTag: (slug: string) => `expert:${slug}`,
    filters: [],
    sitemap: { shows: 'all', listPage: false },
    searchLabel: null,
    keepsOldAddresses: true,
  },
} as const satisfies Record<string, PublicSection>

export type PublicCollection = keyof typeof publicSections

/** Every collection with pages of its own on the public site. */
export const publicCollections = Object.keys(publicSections) as PublicCollection[]

export const isPublicCollection = (value: unknown): value is PublicCollection =>
  typeof value === 'string' && Object.hasOwn(publicSections, value)

/** A section's definition, typed as any section's (for code that treats them alike). */
export const sectionOf = (collection: PublicCollection): PublicSection => publicSections[collection]
