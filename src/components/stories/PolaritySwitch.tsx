// Advanced models, warning cases, or both: plain links that keep the chosen mechanism and start
// again at the first page. The current choice is marked for assistive technology too.
import { SiteLink } from '@/components/layout/SiteLink'

import type { Locale } from '@/i18n/locales'
import { listHref } from '@/lib/listView'
import { sectionPaths } from '@/lib/publicPaths'

import { polarities, type StoryFilters } from './storyFilters'
import { polarityChoiceWords, storyWords } from './storyWords'

export function PolaritySwitch({ locale, filters }: { locale: Locale; filters: StoryFilters }) {
  const w = storyWords[locale]
  const choices = [
    { polarity: undefined, label: w.allStories },
    ...polarities.map((polarity) => ({ polarity, label: polarityChoiceWords[locale][polarity] })),
  ]
  return (
    <nav className="polarity-switch" aria-label={w.polarity}>
      <ul>
        {choices.map(({ polarity, label }) => (
          <li
            key={polarity ?? 'all'}
            className={polarity ? `polarity-switch--${polarity}` : undefined}
          >
            <SiteLink
              href={listHref(locale, sectionPaths['model-stories'], {
                polarity,
                mechanism: filters.mechanism,
              })}
              aria-current={filters.polarity === polarity ? 'page' : undefined}
            >
              {label}
            </SiteLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
