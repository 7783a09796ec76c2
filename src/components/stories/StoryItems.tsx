// A list of model stories. Each one says in words whether it is an advanced model or a warning
// case, and warning cases carry the amber band, so the two never look alike.
import type { Media } from '@/payload-types'
import { ItemList } from '@/components/layout/ItemList'
import type { Polarity } from '@/data/stories'
import { mechanismLabels, type Mechanism } from '@/fields/mechanism'
import { type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'

import { PolarityMarker } from './PolarityMarker'

export type ListedStory = {
  id: number | string
  slug?: string | null
  title: string
  polarity: Polarity
  mechanism: Mechanism
  summary: string
  createdAt: string
  image?: number | Media | null
}

export function StoryItems({ stories, locale }: { stories: ListedStory[]; locale: Locale }) {
  return (
    <ItemList
      className="story-items"
      locale={locale}
      items={stories.map((story) => ({
        id: story.id,
        href: documentPath('model-stories', story.slug ?? String(story.id)),
        title: story.title,
        date: story.createdAt,
        summary: story.summary,
        picture: story.image,
        className: `story-item story-item--${story.polarity}`,
        kicker: (
          <>
            <PolarityMarker polarity={story.polarity} locale={locale} />{' '}
            {mechanismLabels[story.mechanism][locale]}
          </>
        ),
      }))}
    />
  )
}
