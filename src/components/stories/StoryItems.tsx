// A list of model stories. Each one says in words whether it is an advanced model or a warning
// case, and warning cases carry the amber band, so the two never look alike.
import Link from 'next/link'

import type { Polarity } from '@/data/stories'
import { mechanismLabels, type Mechanism } from '@/fields/mechanism'
import { formatDate, localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { documentPath } from '@/lib/publicPaths'

import { contentLang } from '@/lib/contentLanguage'
import { PolarityMarker } from './PolarityMarker'

export type ListedStory = {
  id: number | string
  slug?: string | null
  title: string
  polarity: Polarity
  mechanism: Mechanism
  summary: string
  createdAt: string
}

export function StoryItems({ stories, locale }: { stories: ListedStory[]; locale: Locale }) {
  if (stories.length === 0) return <p>{strings[locale].nothingYet}</p>
  return (
    <ul className="item-list story-items">
      {stories.map((story) => (
        <li key={story.id} className={`story-item story-item--${story.polarity}`}>
          <span className="kicker">
            <PolarityMarker polarity={story.polarity} locale={locale} />{' '}
            {mechanismLabels[story.mechanism][locale]}
          </span>
          <Link
            href={localePath(locale, documentPath('model-stories', story.slug ?? String(story.id)))}
            lang={contentLang(story.title, locale)}
          >
            {story.title}
          </Link>
          <time dateTime={story.createdAt}>{formatDate(story.createdAt, locale)}</time>
          <p lang={contentLang(story.summary, locale)}>{story.summary}</p>
        </li>
      ))}
    </ul>
  )
}
