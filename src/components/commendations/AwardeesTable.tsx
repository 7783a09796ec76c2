// Who a notice commends: each unit (linked to its page, with its kind and assessment category) or
// person, their honor title and citation. A person who has not consented appears by masked name
// and position only, never linked: their page does not exist for the public.
import { SiteLink } from '@/components/layout/SiteLink'

import { populated } from '@/data/publicQuery'
import { localePath, type Locale } from '@/i18n/locales'
import { categoryLabels, kindLabels } from '@/lib/assessmentCategories'
import { documentPath } from '@/lib/publicPaths'
import type { Commendation } from '@/payload-types'

import { contentLang } from '@/lib/contentLanguage'
import { words } from './words'

type Awardee = Commendation['awardees'][number]

function AwardeeName({ awardee, locale }: { awardee: Awardee; locale: Locale }) {
  const unit = populated(awardee.unit)
  const person = populated(awardee.person)
  if (unit) {
    const name = <span lang={contentLang(unit.name, locale)}>{unit.name}</span>
    return unit.slug ? (
      <SiteLink href={localePath(locale, documentPath('units', unit.slug))}>{name}</SiteLink>
    ) : (
      name
    )
  }
  if (person) {
    const name = <span lang={contentLang(person.publicName, locale)}>{person.publicName}</span>
    return (
      <>
        {person.slug ? (
          <SiteLink href={localePath(locale, documentPath('people', person.slug))}>{name}</SiteLink>
        ) : (
          name
        )}
        <span className="awardee-position" lang={contentLang(person.position, locale)}>
          {person.position}
        </span>
      </>
    )
  }
  return <>{words[locale].notPublic}</>
}

const kindOf = (awardee: Awardee, locale: Locale) => {
  const unit = populated(awardee.unit)
  if (unit)
    return `${kindLabels[unit.kind][locale]} · ${categoryLabels[unit.assessmentCategory][locale]}`
  return populated(awardee.person) ? words[locale].individual : ''
}

export function AwardeesTable({ awardees, locale }: { awardees: Awardee[]; locale: Locale }) {
  const w = words[locale]
  return (
    <section className="notice-awardees" aria-labelledby="awardees-heading">
      <h2 id="awardees-heading">{w.awardees}</h2>
      {/* On a phone each row becomes a card: the cells stack, each under its column's name. */}
      <div className="awardee-cards">
        <table>
          <caption className="visually-hidden">{w.awardeesCaption(awardees.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{w.awardee}</th>
              <th scope="col">{w.awardeeKind}</th>
              <th scope="col">{w.honorTitle}</th>
              <th scope="col">{w.citation}</th>
            </tr>
          </thead>
          <tbody>
            {awardees.map((awardee, index) => (
              <tr key={awardee.id ?? index}>
                <th scope="row">
                  <AwardeeName awardee={awardee} locale={locale} />
                </th>
                <td data-label={w.awardeeKind}>{kindOf(awardee, locale)}</td>
                <td className="awardee-honor" data-label={w.honorTitle}>
                  <span lang={contentLang(awardee.honorTitle, locale)}>{awardee.honorTitle}</span>
                </td>
                <td data-label={w.citation}>
                  <span lang={contentLang(awardee.citation, locale)}>{awardee.citation}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
