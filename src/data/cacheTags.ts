// The names of the public site's cache entries: a page's data is tagged with what it shows, so
// that publishing, unpublishing or editing a document revalidates exactly those pages. The data
// layer tags its results with these, and the revalidation hooks import the same names.
export const tags = {
  home: 'home',
  feeds: 'feeds',
  sitemap: 'sitemap',
  commendations: 'commendations',
  commendation: (slug: string) => `commendation:${slug}`,
  // A notice's verification page, by its number in normal form (src/lib/noticeNumber.ts).
  verification: (noticeNumber: string) => `verify:${noticeNumber}`,
  honorRolls: 'honor-rolls',
  honorRoll: (year: number) => `honor-roll:${year}`,
  stories: 'model-stories',
  story: (slug: string) => `model-story:${slug}`,
  interpretations: 'interpretations',
  interpretation: (slug: string) => `interpretation:${slug}`,
  policies: 'policies',
  policy: (slug: string) => `policy:${slug}`,
  units: 'units',
  unit: (slug: string) => `unit:${slug}`,
  experts: 'experts',
  redirects: 'redirects',
  expert: (slug: string) => `expert:${slug}`,
  // People are tagged as a whole: a person without consent has no public slug to name a tag by.
  people: 'people',
  // The masthead and footer: every page shows them.
  siteSettings: 'site-settings',
} as const
