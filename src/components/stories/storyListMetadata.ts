// The title and address of a view of the story list: each filtered view and page is its own
// canonical address, named after what it shows.
import { mechanismLabels } from '@/fields/mechanism'
import { withoutLocale, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { listHref } from '@/lib/listView'
import { pageMetadata } from '@/lib/pageMetadata'
import { sectionPaths } from '@/lib/publicPaths'

import type { StoryFilters } from './storyFilters'
import { polarityChoiceWords, storyWords } from './storyWords'

export const storyListMetadata = (locale: Locale, filters: StoryFilters) => {
  const t = strings[locale]
  const title = [
    filters.polarity && polarityChoiceWords[locale][filters.polarity],
    filters.mechanism && mechanismLabels[filters.mechanism][locale],
    filters.page > 1 && storyWords[locale].pageNumber(filters.page),
    t.stories,
  ]
    .filter(Boolean)
    .join(' · ')
  const { path } = withoutLocale(listHref(locale, sectionPaths['model-stories'], filters))
  return pageMetadata({ locale, path, title, description: storyWords[locale].lead })
}
