// The model-stories list, unfiltered: advanced models and warning cases together, newest first.
import type { Metadata } from 'next'

import { storyListMetadata } from '@/components/stories/storyListMetadata'
import { StoryListView } from '@/components/stories/StoryListView'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return storyListMetadata(locale, { page: 1 })
}

export default async function ModelStoriesPage({ params }: Props) {
  const { locale } = await params
  return <StoryListView locale={locale} filters={{ page: 1 }} />
}
