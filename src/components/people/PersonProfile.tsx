// The page of an official who consented to publication: name, position, unit, photo, biography
// and the notices that commend them. Names are Chinese in both languages, so they carry `lang`.
import { strings } from '@/i18n/strings'
import { Picture } from '@/components/pictures/Picture'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { SiteLink } from '@/components/layout/SiteLink'

import { ItemList } from '@/components/layout/ItemList'
import { JsonLd } from '@/components/layout/JsonLd'
import { localePath, type Locale } from '@/i18n/locales'
import { contentLang } from '@/lib/contentLanguage'
import { documentPath, sectionPaths } from '@/lib/publicPaths'

import { personJsonLd, unitOf, type PersonProfileData } from './personJsonLd'
import { personWords } from './words'

export function PersonProfile({ person, locale }: { person: PersonProfileData; locale: Locale }) {
  const w = personWords[locale]
  const name = person.name ?? person.publicName ?? ''
  const unit = unitOf(person)
  const notices = person.commendations
  return (
    <article className="person-profile">
      <JsonLd data={personJsonLd(person, locale)} />
      <Breadcrumbs
        locale={locale}
        trail={
          unit
            ? [
                { label: strings[locale].units, path: sectionPaths.units },
                { label: unit.name, path: documentPath('units', unit.slug ?? String(unit.id)) },
              ]
            : []
        }
        current={name}
      />
      <h1 lang={contentLang(name, locale)}>{name}</h1>
      <div className="person-card">
        <Picture
          media={person.photo}
          shape="portrait"
          sizes="(min-width: 40rem) 15rem, 60vw"
          eager
        />
        <dl className="person-facts">
          <dt>{w.position}</dt>
          <dd lang={contentLang(person.position, locale)}>{person.position}</dd>
          {unit ? (
            <>
              <dt>{w.unit}</dt>
              <dd>
                <SiteLink
                  href={localePath(locale, documentPath('units', unit.slug ?? String(unit.id)))}
                  lang={contentLang(unit.name, locale)}
                >
                  {unit.name}
                </SiteLink>
              </dd>
            </>
          ) : null}
        </dl>
      </div>

      {person.bio ? (
        <section aria-labelledby="person-biography">
          <h2 id="person-biography">{w.biography}</h2>
          <div lang={contentLang(person.bio, locale)}>
            {person.bio
              .split(/\n+/)
              .filter((paragraph) => paragraph.trim())
              .map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="person-commendations">
        <h2 id="person-commendations">{w.commendations}</h2>
        <ItemList
          locale={locale}
          items={notices.docs.map((notice) => ({
            id: notice.id,
            href: documentPath('commendations', notice.slug ?? String(notice.id)),
            title: notice.title,
            date: notice.issuedAt,
            kicker: notice.noticeNumber,
            summary: notice.honorTitles.length > 0 ? w.honorTitles(notice.honorTitles) : null,
          }))}
        />
        {notices.totalDocs > notices.docs.length ? (
          <p>{w.newestOf(notices.docs.length, notices.totalDocs)}</p>
        ) : null}
      </section>
    </article>
  )
}
