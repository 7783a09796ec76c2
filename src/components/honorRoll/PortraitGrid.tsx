// The faces of a year's honor roll: every commended person who consented to publication and has
// a photo, with their name and honour under it. Nobody else is pictured: a person without
// consent arrives with no photo at all (src/access/readIfConsented.ts).
import { SiteLink } from '@/components/layout/SiteLink'
import { Picture } from '@/components/pictures/Picture'
import type { NoticeHonors } from '@/data/honorRoll'
import { localePath, type Locale } from '@/i18n/locales'
import { contentLang } from '@/lib/contentLanguage'
import { documentPath } from '@/lib/publicPaths'

type Props = { locale: Locale; notices: NoticeHonors[]; label: string }

export function PortraitGrid({ locale, notices, label }: Props) {
  const seen = new Set<string>()
  const pictured = notices
    .flatMap(({ entries }) => entries)
    .flatMap(({ person, honorTitle }) => {
      if (!person?.photo || !person.slug || seen.has(String(person.id))) return []
      seen.add(String(person.id))
      return [{ ...person, slug: person.slug, photo: person.photo, honorTitle }]
    })
  if (pictured.length === 0) return null
  const lang = (text: string | null | undefined) => contentLang(text, locale)
  return (
    <ul className="portrait-grid" aria-label={label}>
      {pictured.map((person) => (
        <li key={person.id}>
          <figure>
            <Picture media={person.photo} shape="portrait" sizes="(min-width: 48rem) 10rem, 45vw" />
            <figcaption>
              <SiteLink
                className="portrait-name"
                href={localePath(locale, documentPath('people', person.slug))}
                lang={lang(person.publicName)}
              >
                {person.publicName}
              </SiteLink>
              <span className="portrait-honor" lang={lang(person.honorTitle)}>
                {person.honorTitle}
              </span>
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  )
}
