// A unit described for search engines as a government organisation, with the officials of it who
// consented to publication.
import type { unitBySlug } from '@/data/units'
import { inLocale, localePath, type Locale } from '@/i18n/locales'
import { categoryLabels, kindLabels } from '@/lib/assessmentCategories'
import { documentPath } from '@/lib/publicPaths'
import { absoluteUrl } from '@/lib/siteUrl'

export type UnitProfileData = NonNullable<Awaited<ReturnType<typeof unitBySlug>>>

export const unitJsonLd = (unit: UnitProfileData, locale: Locale, path: string) => ({
  '@context': 'https://schema.org',
  '@type': 'GovernmentOrganization',
  name: unit.name,
  url: absoluteUrl(localePath(locale, path)),
  description: `${inLocale(kindLabels[unit.kind], locale)} · ${inLocale(categoryLabels[unit.assessmentCategory], locale)}`,
  employee: unit.people.map((person) => ({
    '@type': 'Person',
    name: person.publicName,
    jobTitle: person.position,
    url: absoluteUrl(localePath(locale, documentPath('people', person.slug ?? ''))),
  })),
})
