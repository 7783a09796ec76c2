// Who a story is about. A unit links to its page; a person links to theirs only when they consented
// to publication, and is otherwise named the way the public may see them (family name, position).
// A warning case names no person at all unless an editor recorded the legal basis for it.
import { SiteLink } from '@/components/layout/SiteLink'

import { populated } from '@/data/publicQuery'
import { localePath, type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'
import type { Person, Unit } from '@/payload-types'

import { contentLang } from '@/lib/contentLanguage'
import { storyWords } from './storyWords'

export type StorySubjectData = {
  unit?: number | Pick<Unit, 'name' | 'slug'> | null
  person?: number | Pick<Person, 'publicName' | 'position' | 'slug' | 'consent'> | null
}

export function StorySubject({ subject, locale }: { subject?: StorySubjectData; locale: Locale }) {
  const unit = populated(subject?.unit)
  const person = populated(subject?.person)
  if (unit) {
    const lang = contentLang(unit.name, locale)
    return unit.slug ? (
      <SiteLink href={localePath(locale, documentPath('units', unit.slug))} lang={lang}>
        {unit.name}
      </SiteLink>
    ) : (
      <span lang={lang}>{unit.name}</span>
    )
  }
  // The person behind a warning case without a recorded legal basis never reaches the page.
  if (!person) return subject ? <>{storyWords[locale].subjectNotNamed}</> : null
  const lang = contentLang(person.publicName, locale)
  return (
    <>
      {person.consent && person.slug ? (
        <SiteLink href={localePath(locale, documentPath('people', person.slug))} lang={lang}>
          {person.publicName}
        </SiteLink>
      ) : (
        <span lang={lang}>{person.publicName}</span>
      )}
      {person.position ? (
        <>
          {locale === 'zh' ? '，' : ', '}
          <span lang={contentLang(person.position, locale)}>{person.position}</span>
        </>
      ) : null}
    </>
  )
}
