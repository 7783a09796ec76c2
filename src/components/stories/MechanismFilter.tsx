// Narrows the story list to one mechanism. A plain GET form: it works with JavaScript off, and the
// address it leads to is a shareable view of the list (src/lib/listView.ts).
import type { Mechanism } from '@/fields/mechanism'
import { mechanismLabels } from '@/fields/mechanism'
import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { sectionPaths } from '@/lib/publicPaths'

import type { StoryFilters } from './storyFilters'
import { storyWords } from './storyWords'

type Props = { locale: Locale; filters: StoryFilters; mechanisms: Mechanism[] }

export function MechanismFilter({ locale, filters, mechanisms }: Props) {
  const w = storyWords[locale]
  // The chosen mechanism stays selectable even when its last story has just been withdrawn.
  const offered =
    filters.mechanism && !mechanisms.includes(filters.mechanism)
      ? [...mechanisms, filters.mechanism]
      : mechanisms
  return (
    <form
      className="facet-form"
      method="get"
      action={localePath(locale, sectionPaths['model-stories'])}
    >
      {filters.polarity ? <input type="hidden" name="polarity" value={filters.polarity} /> : null}
      <label htmlFor="story-mechanism">{w.mechanism}</label>
      <select id="story-mechanism" name="mechanism" defaultValue={filters.mechanism ?? ''}>
        <option value="">{w.allMechanisms}</option>
        {offered.map((mechanism) => (
          <option key={mechanism} value={mechanism}>
            {mechanismLabels[mechanism][locale]}
          </option>
        ))}
      </select>
      <button type="submit">{strings[locale].applyFilters}</button>
    </form>
  )
}
