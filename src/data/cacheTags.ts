// The names of the public site's cache entries: a page's data is tagged with what it shows, so
// that publishing, unpublishing or editing a document revalidates exactly those pages. The data
// layer tags its results with these, and the revalidation hooks import the same names. A public
// section's own tags are defined with the section (src/lib/publicSections.ts).
import { publicSections as sections } from '@/lib/publicSections'

export const tags = {
  home: 'home',
  feeds: 'feeds',
  sitemap: 'sitemap',
  commendations: sections.commendations.listTag,
  commendation: sections.commendations.pageTag,
  // A notice's verification page, by its number in normal form (src/lib/noticeNumber.ts).
  verification: (noticeNumber: string) => `verify:${noticeNumber}`,
  honorRolls: 'honor-rolls',
  honorRoll: (year: number) => `honor-roll:${year}`,
  stories: sections['model-stories'].listTag,
  story: sections['model-stories'].pageTag,
  interpretations: sections.interpretations.listTag,
  interpretation: sections.interpretations.pageTag,
  policies: sections.policies.listTag,
  policy: sections.policies.pageTag,
  units: sections.units.listTag,
  unit: sections.units.pageTag,
  experts: sections.experts.listTag,
  redirects: 'redirects',
  expert: sections.experts.pageTag,
  people: sections.people.listTag,
  // The masthead and footer: every page shows them.
  siteSettings: 'site-settings',
} as const
