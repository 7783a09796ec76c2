// The text label that tells an advanced model from a warning case. It is words, not an icon or a
// colour alone, so it reads the same to a screen reader, in print and without CSS.
import type { Polarity } from '@/data/stories'
import type { Locale } from '@/i18n/locales'

import { storyWords } from './storyWords'

export function PolarityMarker({
  polarity,
  locale,
  long = false,
}: {
  polarity: Polarity
  locale: Locale
  /** The story page spells out why a warning case is shown. */
  long?: boolean
}) {
  const w = storyWords[locale]
  const text = polarity === 'positive' ? w.positive : long ? w.negativeMarker : w.negative
  return <span className={`polarity-marker polarity-marker--${polarity}`}>{text}</span>
}
