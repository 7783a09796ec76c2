// One model story at its permanent address. An old address (the slug changed) redirects; a
// withdrawn story stays readable with its notice but is no longer indexed.
import type { Metadata } from 'next'

import { StoryArticle } from '@/components/stories/StoryArticle'
import { notFoundOrMoved } from '@/data/redirects'
import { getStory } from '@/data/stories'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'
import { documentPath } from '@/lib/publicPaths'

export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const story = await getStory(slug, locale)
  if (!story) return {}
  return pageMetadata({
    locale,
    path: documentPath('model-stories', story.slug ?? slug),
    title: story.title,
    description: story.summary,
    type: 'article',
    publishedTime: story.createdAt,
    modifiedTime: story.updatedAt,
    noIndex: story.reviewState === 'withdrawn',
  })
}

export default async function ModelStoryPage({ params }: Props) {
  const { locale, slug } = await params
  const story = await getStory(slug, locale)
  if (!story) return notFoundOrMoved(locale, documentPath('model-stories', slug))
  return <StoryArticle story={story} locale={locale} />
}
