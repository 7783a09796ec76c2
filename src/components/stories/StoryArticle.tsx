// One model story as the public reads it. A warning case opens with a band that says so in words,
// in the column's sober amber, and keeps it down the page's edge: a reader can never take it for
// an advanced model, and nothing on it mocks the people it is about.
import { JsonLd } from '@/components/layout/JsonLd'
import { RichText } from '@/components/layout/RichText'
import type { getStory } from '@/data/stories'
import { mechanismLabels } from '@/fields/mechanism'
import { formatDate, type Locale } from '@/i18n/locales'

import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { ChangeNotes, UpdatedLine } from '@/components/layout/ChangeNotes'
import { Picture } from '@/components/pictures/Picture'
import { strings } from '@/i18n/strings'
import { sectionPaths } from '@/lib/publicPaths'
import { contentLang, plainTextOf } from '@/lib/contentLanguage'
import { PolarityMarker } from './PolarityMarker'
import { storyJsonLd } from './storyJsonLd'
import { StoryLessons } from './StoryLessons'
import { StorySubject } from './StorySubject'
import { storyWords } from './storyWords'
import { WithdrawalNotice } from '@/components/layout/WithdrawalNotice'

type Story = NonNullable<Awaited<ReturnType<typeof getStory>>>

export function StoryArticle({ story, locale }: { story: Story; locale: Locale }) {
  const w = storyWords[locale]
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ label: strings[locale].stories, path: sectionPaths['model-stories'] }]}
        current={story.title}
      />
      <article className={`story story--${story.polarity}`}>
        <header className="story-header">
          <p className="story-band">
            <PolarityMarker polarity={story.polarity} locale={locale} long />
          </p>
          <h1 lang={contentLang(story.title, locale)}>{story.title}</h1>
          <UpdatedLine locale={locale} notes={story.changeNotes} />
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
        <ChangeNotes locale={locale} notes={story.changeNotes} />
        <Picture
          media={story.image}
          shape="landscape"
          sizes="(min-width: 72rem) 69rem, 100vw"
          eager
          className="lead-picture"
        />
        <p className="story-summary" lang={contentLang(story.summary, locale)}>
          {story.summary}
        </p>
        <div lang={contentLang(plainTextOf(story.body), locale)}>
          <RichText data={story.body} locale={locale} />
        </div>
        <StoryLessons lessons={story.lessons} polarity={story.polarity} locale={locale} />
        <JsonLd data={storyJsonLd(story, locale)} />
      </article>
    </>
  )
}
