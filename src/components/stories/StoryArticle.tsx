// One model story as the public reads it. A warning case opens with a band that says so in words,
// in the column's sober amber, and keeps it down the page's edge: a reader can never take it for
// an advanced model, and nothing on it mocks the people it is about.
import { JsonLd } from '@/components/layout/JsonLd'
import { RichText } from '@/components/layout/RichText'
import type { getStory } from '@/data/stories'
import { mechanismLabels } from '@/fields/mechanism'
import { formatDate, type Locale } from '@/i18n/locales'

import { ChangeNotes } from '@/components/layout/ChangeNotes'
import { contentLang, plainTextOf } from '@/lib/contentLanguage'
import { PolarityMarker } from './PolarityMarker'
import { storyJsonLd } from './storyJsonLd'
import { StoryLessons } from './StoryLessons'
import { StorySubject } from './StorySubject'
import { storyWords } from './storyWords'
import { WithdrawalNotice } from '@/components/layout/WithdrawalNotice'

import './sections.css'
import './stories.css'

type Story = NonNullable<Awaited<ReturnType<typeof getStory>>>

export function StoryArticle({ story, locale }: { story: Story; locale: Locale }) {
  const w = storyWords[locale]
  return (
    <article className={`story story--${story.polarity}`}>
      <header className="story-header">
        <p className="story-band">
          <PolarityMarker polarity={story.polarity} locale={locale} long />
        </p>
        <h1 lang={contentLang(story.title, locale)}>{story.title}</h1>
        <dl className="facts story-facts">
          <dt>{w.subject}</dt>
          <dd>
            <StorySubject subject={story.subject} locale={locale} />
          </dd>
          <dt>{w.mechanism}</dt>
          <dd>{mechanismLabels[story.mechanism][locale]}</dd>
          <dt>{w.published}</dt>
          <dd>
            <time dateTime={story.createdAt}>{formatDate(story.createdAt, locale)}</time>
          </dd>
        </dl>
      </header>
      {story.reviewState === 'withdrawn' ? (
        <WithdrawalNotice locale={locale} withdrawal={story.withdrawal} />
      ) : null}
      <p className="story-summary" lang={contentLang(story.summary, locale)}>
        {story.summary}
      </p>
      <div lang={contentLang(plainTextOf(story.body), locale)}>
        <RichText data={story.body} locale={locale} />
      </div>
      <StoryLessons lessons={story.lessons} polarity={story.polarity} locale={locale} />
      <ChangeNotes locale={locale} notes={story.changeNotes} />
      <JsonLd data={storyJsonLd(story, locale)} />
    </article>
  )
}
