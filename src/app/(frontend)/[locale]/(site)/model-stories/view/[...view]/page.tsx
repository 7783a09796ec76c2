// A filtered or paged view of the model-stories list, at the cacheable path src/proxy.ts rewrites
// `?polarity=…&mechanism=…&page=…` to. A view the list does not understand is not found.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { storyFiltersOf } from '@/components/stories/storyFilters'
import { storyListMetadata } from '@/components/stories/storyListMetadata'
import { StoryListView } from '@/components/stories/StoryListView'
import type { Locale } from '@/i18n/locales'
import { parseViewPath } from '@/lib/listView'

export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; view: string[] }> }

const filtersOf = (segments: string[]) => {
  const view = parseViewPath(segments)
  return view && storyFiltersOf(view)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, view } = await params
  const filters = filtersOf(view)
  return filters ? storyListMetadata(locale, filters) : {}
}

export default async function ModelStoriesViewPage({ params }: Props) {
  const { locale, view } = await params
  const filters = filtersOf(view)
  if (!filters) notFound()
  return <StoryListView locale={locale} filters={filters} />
}
