// The model stories told about a unit: advanced models to learn from, and warning cases set apart
// in the column's warning style, so the two are never mistaken for each other.
import { ItemList } from '@/components/layout/ItemList'
import type { Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { documentPath } from '@/lib/publicPaths'

import type { UnitProfileData } from './unitJsonLd'
import { unitWords } from './words'

type Story = UnitProfileData['stories']['docs'][number]

const asItems = (stories: Story[]) =>
  stories.map((story) => ({
    id: story.id,
    href: documentPath('model-stories', story.slug ?? String(story.id)),
    title: story.title,
    summary: story.summary,
  }))

export function UnitStories({ stories, locale }: { stories: Story[]; locale: Locale }) {
  const w = unitWords[locale]
  if (stories.length === 0) return <p>{strings[locale].nothingYet}</p>
  const advanced = stories.filter((story) => story.polarity === 'positive')
  const warnings = stories.filter((story) => story.polarity === 'negative')
  return (
    <>
      {advanced.length > 0 ? (
        <section aria-labelledby="unit-advanced-models">
          <h3 id="unit-advanced-models">{w.advancedModels}</h3>
          <ItemList items={asItems(advanced)} locale={locale} />
        </section>
      ) : null}
      {warnings.length > 0 ? (
        <section className="warning" aria-labelledby="unit-warning-cases">
          <h3 id="unit-warning-cases">{w.warningCases}</h3>
          <ItemList items={asItems(warnings)} locale={locale} />
        </section>
      ) : null}
    </>
  )
}
