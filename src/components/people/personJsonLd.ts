// A consenting official described for search engines: who they are, where they work, and the
// honor titles the district's notices gave them.
import type { personBySlug } from '@/data/people'
import { localePath, type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'
import { absoluteUrl } from '@/lib/siteUrl'

import { photoOf } from './photoOf'

export type PersonProfileData = NonNullable<Awaited<ReturnType<typeof personBySlug>>>

export const unitOf = (person: PersonProfileData) =>
  person.unit && typeof person.unit === 'object' ? person.unit : null

export const personJsonLd = (person: PersonProfileData, locale: Locale) => {
  const unit = unitOf(person)
  const photo = photoOf(person)
  const awards = person.commendations.docs.flatMap((notice) => notice.honorTitles)
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name ?? person.publicName,
    url: absoluteUrl(localePath(locale, documentPath('people', person.slug ?? ''))),
    jobTitle: person.position,
    ...(person.bio ? { description: person.bio } : {}),
    ...(photo ? { image: absoluteUrl(photo.src) } : {}),
    ...(unit
      ? {
          worksFor: {
            '@type': 'GovernmentOrganization',
            name: unit.name,
            url: absoluteUrl(localePath(locale, documentPath('units', unit.slug ?? ''))),
          },
        }
      : {}),
    award: [...new Set(awards)],
  }
}
