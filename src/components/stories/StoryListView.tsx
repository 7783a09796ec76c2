// The model-stories list in one view: the polarity switch, the mechanism filter, a page of
// stories and the way to the next. The unfiltered list and every filtered view render this.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { notFound } from 'next/navigation'

import { Pagination } from '@/components/layout/Pagination'
import { getStoryList } from '@/data/stories'
import type { Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { sectionPaths } from '@/lib/publicPaths'

import { MechanismFilter } from './MechanismFilter'
import { PolaritySwitch } from './PolaritySwitch'
import type { StoryFilters } from './storyFilters'
import { StoryItems } from './StoryItems'
import { storyWords } from './storyWords'

export async function StoryListView({
  locale,
  filters,
}: {
  locale: Locale
  filters: StoryFilters
}) {
  const w = storyWords[locale]
  const list = await getStoryList({
    locale,
    page: filters.page,
    polarity: filters.polarity,
    mechanism: filters.mechanism,
  })
  if (filters.page > Math.max(1, list.totalPages)) notFound()
  return (
    <>
      <Breadcrumbs locale={locale} current={strings[locale].stories} />
      <h1>{strings[locale].stories}</h1>
      <p className="section-lead">{w.lead}</p>
      <div className="story-filters">
        <PolaritySwitch locale={locale} filters={filters} />
        <MechanismFilter locale={locale} filters={filters} mechanisms={list.facets.mechanisms} />
      </div>
      <p className="result-count">{w.count(list.totalDocs)}</p>
      <StoryItems stories={list.docs} locale={locale} />
      <Pagination
        locale={locale}
        basePath={sectionPaths['model-stories']}
        filters={{ polarity: filters.polarity, mechanism: filters.mechanism }}
        page={list.page}
        totalPages={list.totalPages}
      />
    </>
  )
}
