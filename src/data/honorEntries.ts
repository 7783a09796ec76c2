// Whom a page of the honor roll names: the units and people of its awardee rows, read as the
// public in one query each. Unpublished units are missing, and a person without consent comes
// with a masked name and no slug, so they can be neither named nor linked.
import 'server-only'

import type { Commendation, Media, Person, Unit } from '@/payload-types'

import { awardeePopulate } from './commendation'
import { mediaPopulate } from './mediaPopulate'
import { asPublic, type Locale, publicPayload } from './publicQuery'

type Id = number | string

export type Awardee = NonNullable<Commendation['awardees']>[number]
export type ShownUnit = Pick<Unit, 'id' | 'name' | 'slug' | 'kind'>
export type ShownPerson = Pick<Person, 'id' | 'publicName' | 'position' | 'slug'> & {
  /** Only a consenting person's photo is readable (src/access/readIfConsented.ts). */
  photo?: Media | null
}
export type HonorEntry = { honorTitle: string } & (
  { unit: ShownUnit; person?: undefined } | { person: ShownPerson; unit?: undefined }
)

export const idOf = (value: unknown): Id | null =>
  typeof value === 'number' || typeof value === 'string' ? value : null

/**
 * One query for the units and one for the people. (Payload's own population resolves every
 * awardee row on its own, and took three times as long for a page of twenty notices.)
 */
export const namedIn = async (rows: Awardee[], locale: Locale) => {
  const payload = await publicPayload()
  const ids = (key: 'unit' | 'person') => [
    ...new Set(rows.map((row) => idOf(row[key])).filter((id) => id !== null)),
  ]
  const byIds = <C extends 'units' | 'people'>(
    collection: C,
    select: (typeof awardeePopulate)[C] & { photo?: true },
    list: Id[],
  ) =>
    list.length === 0
      ? Promise.resolve({ docs: [] })
      : payload.find({
          collection,
          ...asPublic,
          locale,
          where: { id: { in: list } },
          pagination: false,
          // A person's portrait comes along for the roll's grid; units have nothing to populate.
          depth: 1,
          populate: { media: mediaPopulate },
          select,
        })
  const [units, people] = await Promise.all([
    byIds('units', awardeePopulate.units, ids('unit')),
    byIds('people', { ...awardeePopulate.people, photo: true }, ids('person')),
  ])
  return {
    unit: new Map(units.docs.map((unit) => [String(unit.id), unit as Unit])),
    person: new Map(people.docs.map((person) => [String(person.id), person as Person])),
  }
}

type Named = Awaited<ReturnType<typeof namedIn>>

export const entriesIn = (rows: Awardee[], named: Named): HonorEntry[] =>
  rows.flatMap(({ unit, person, honorTitle }): HonorEntry[] => {
    const shownUnit = named.unit.get(String(unit))
    if (shownUnit) {
      const { id, name, slug, kind } = shownUnit
      return [{ honorTitle, unit: { id, name, slug, kind } }]
    }
    const shownPerson = named.person.get(String(person))
    if (shownPerson) {
      const { id, publicName, position, slug, photo } = shownPerson
      const portrait = photo && typeof photo === 'object' ? photo : null
      return [{ honorTitle, person: { id, publicName, position, slug, photo: portrait } }]
    }
    return []
  })
