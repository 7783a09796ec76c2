// The officials of a unit who consented to publication, each linked to their own page.
import { SiteLink } from '@/components/layout/SiteLink'

import type { Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/locales'
import { contentLang } from '@/lib/contentLanguage'
import { documentPath } from '@/lib/publicPaths'

import type { UnitProfileData } from './unitJsonLd'

export function UnitPeople({
  people,
  locale,
}: {
  people: UnitProfileData['people']
  locale: Locale
}) {
  return (
    <ul className="item-list">
      {people.map((person) => (
        <li key={person.id}>
          <SiteLink
            href={localePath(locale, documentPath('people', person.slug ?? ''))}
            lang={contentLang(person.publicName, locale)}
          >
            {person.publicName}
          </SiteLink>
          <p lang={contentLang(person.position, locale)}>{person.position}</p>
        </li>
      ))}
    </ul>
  )
}
