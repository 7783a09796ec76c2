// Who a story is about. A unit links to its page; a person links to theirs only when they consented
// to publication, and is otherwise named the way the public may see them (family name, position).
import Link from 'next/link'

import { populated } from '@/data/publicQuery'
import { localePath, type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'
import type { Person, Unit } from '@/payload-types'

export type StorySubjectData = {
  unit?: number | Pick<Unit, 'name' | 'slug'> | null
  person?: number | Pick<Person, 'publicName' | 'position' | 'slug' | 'consent'> | null
}

export function StorySubject({ subject, locale }: { subject?: StorySubjectData; locale: Locale }) {
  const unit = populated(subject?.unit)
  const person = populated(subject?.person)
  if (unit) {
    return unit.slug ? (
      <Link href={localePath(locale, documentPath('units', unit.slug))}>{unit.name}</Link>
    ) : (
      <>{unit.name}</>
    )
  }
  if (person) {
    const name =
      person.consent && person.slug ? (
        <Link href={localePath(locale, documentPath('people', person.slug))}>
          {person.publicName}
        </Link>
      ) : (
        person.publicName
      )
    return (
      <>
        {name}
        {person.position ? `${locale === 'zh' ? '，' : ', '}${person.position}` : null}
      </>
    )
  }
  return null
}
