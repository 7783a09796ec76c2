// The page of an official who consented to publication. Anyone else has no page: the lookup finds
// only consenting, published people, and the reader gets the not-found page (or, for a consenting
// person whose permalink changed, a permanent redirect to the new one).
import type { Metadata } from 'next'

import { PersonProfile } from '@/components/people/PersonProfile'
import { photoOf } from '@/components/people/photoOf'
import { getPerson } from '@/data/people'
import { notFoundOrMoved } from '@/data/redirects'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'
import { documentPath } from '@/lib/publicPaths'

export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const personOrNotFound = async ({ params }: Props) => {
  const { locale, slug } = await params
  const person = await getPerson(slug, locale)
  if (!person) return notFoundOrMoved(locale, documentPath('people', slug))
  return { person, locale, slug }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { person, locale, slug } = await personOrNotFound(props)
  const photo = photoOf(person)
  return pageMetadata({
    locale,
    path: documentPath('people', slug),
    title: person.name ?? person.publicName ?? slug,
    description: person.position,
    image: photo
      ? { url: photo.src, width: photo.width, height: photo.height, alt: photo.alt }
      : null,
  })
}

export default async function PersonPage(props: Props) {
  const { person, locale } = await personOrNotFound(props)
  return <PersonProfile person={person} locale={locale} />
}
