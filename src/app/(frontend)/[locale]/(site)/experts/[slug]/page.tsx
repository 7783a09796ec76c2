// An expert's public profile and the interpretations published under their name.
import type { Metadata } from 'next'

import { ExpertProfile } from '@/components/interpretations/ExpertProfile'
import { interpretationWords } from '@/components/interpretations/interpretationWords'
import { getExpert } from '@/data/experts'
import { populated } from '@/data/publicQuery'
import { notFoundOrMoved } from '@/data/redirects'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'
import { documentPath } from '@/lib/publicPaths'

export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const expert = await getExpert(slug, locale)
  if (!expert) return {}
  const photo = populated(expert.photo)
  return pageMetadata({
    locale,
    path: documentPath('experts', expert.slug ?? slug),
    title: expert.name,
    description: expert.credentials ?? interpretationWords[locale].profileOf(expert.name),
    image: photo?.url
      ? { url: photo.url, width: photo.width, height: photo.height, alt: photo.alt }
      : null,
  })
}

export default async function ExpertPage({ params }: Props) {
  const { locale, slug } = await params
  const expert = await getExpert(slug, locale)
  if (!expert) return notFoundOrMoved(locale, documentPath('experts', slug))
  return <ExpertProfile expert={expert} locale={locale} />
}
