// A story as a NewsArticle for search engines. Its subject is named only as the page names it: a
// unit, or a person who consented; a masked name tells a search engine nothing worth indexing.
import { populated } from '@/data/publicQuery'
import { languageTags, localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { documentPath } from '@/lib/publicPaths'
import { absoluteUrl } from '@/lib/siteUrl'

import type { StorySubjectData } from './StorySubject'
import { storyWords } from './storyWords'

type Story = {
  slug?: string | null
  title: string
  summary: string
  polarity: 'positive' | 'negative'
  subject?: StorySubjectData
  createdAt: string
  updatedAt: string
}

const pageUrl = (locale: Locale, path: string) => absoluteUrl(localePath(locale, path))

const aboutOf = (subject: StorySubjectData | undefined, locale: Locale) => {
  const unit = populated(subject?.unit)
  if (unit?.slug) {
    const url = pageUrl(locale, documentPath('units', unit.slug))
    return { '@type': 'GovernmentOrganization', name: unit.name, url }
  }
  const person = populated(subject?.person)
  if (person?.consent && person.slug) {
    const url = pageUrl(locale, documentPath('people', person.slug))
    return { '@type': 'Person', name: person.publicName, jobTitle: person.position, url }
  }
  return undefined
}

export const storyJsonLd = (story: Story, locale: Locale) => {
  const url = pageUrl(locale, documentPath('model-stories', story.slug ?? ''))
  const publisher = {
    '@type': 'GovernmentOrganization',
    name: strings[locale].siteName,
    url: pageUrl(locale, '/'),
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.summary,
    inLanguage: languageTags[locale],
    url,
    mainEntityOfPage: url,
    datePublished: story.createdAt,
    dateModified: story.updatedAt,
    articleSection: storyWords[locale][story.polarity],
    about: aboutOf(story.subject, locale),
    author: publisher,
    publisher,
  }
}
