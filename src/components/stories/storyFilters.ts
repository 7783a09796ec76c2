// Which stories a list view shows: advanced models, warning cases or both, one mechanism or all,
// and a page. A view naming anything else is not a page of this list.
import type { Polarity } from '@/data/stories'
import { mechanisms, type Mechanism } from '@/fields/mechanism'
import { setsOnly, wholeNumber, type View } from '@/lib/listView'
import { publicSections } from '@/lib/publicSections'

export const polarities: readonly Polarity[] = ['positive', 'negative']

export type StoryFilters = { polarity?: Polarity; mechanism?: Mechanism; page: number }

/** The value when it is one of the choices, undefined when unset, null when it is no choice. */
const choice = <T extends string>(choices: readonly T[], value: string | undefined) =>
  value === undefined
    ? undefined
    : (choices as readonly string[]).includes(value)
      ? (value as T)
      : null

export const storyFiltersOf = (view: View): StoryFilters | null => {
  const polarity = choice(polarities, view.polarity)
  const mechanism = choice(mechanisms, view.mechanism)
  const page = view.page === undefined ? 1 : wholeNumber(view.page)
  if (polarity === null || mechanism === null || page === null) return null
  if (!setsOnly(view, publicSections['model-stories'].filters)) return null
  return { polarity, mechanism, page }
}
