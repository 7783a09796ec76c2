// Every published unit, grouped the way units are assessed: by kind, then by assessment category.
// Groups without units are left out, so no heading stands over nothing.
import { SiteLink } from '@/components/layout/SiteLink'

import type { unitIndex } from '@/data/units'
import { inLocale, localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { categoryLabels, kindLabels } from '@/lib/assessmentCategories'
import { contentLang } from '@/lib/contentLanguage'
import { documentPath } from '@/lib/publicPaths'

type Groups = Awaited<ReturnType<typeof unitIndex>>

export function UnitIndex({ groups, locale }: { groups: Groups; locale: Locale }) {
  const kinds = groups
    .map((group) => ({ ...group, categories: group.categories.filter((c) => c.units.length > 0) }))
    .filter((group) => group.categories.length > 0)
  if (kinds.length === 0) return <p>{strings[locale].nothingYet}</p>
  return kinds.map(({ kind, categories }) => (
    <section key={kind} className="unit-kind" aria-labelledby={`kind-${kind}`}>
      <h2 id={`kind-${kind}`}>{inLocale(kindLabels[kind], locale)}</h2>
      {categories.map(({ category, units }) => (
        <section key={category} aria-labelledby={`category-${category}`}>
          <h3 id={`category-${category}`}>{inLocale(categoryLabels[category], locale)}</h3>
          <ul className="unit-names">
            {units.map((unit) => (
              <li key={unit.id}>
                <SiteLink
                  href={localePath(locale, documentPath('units', unit.slug ?? String(unit.id)))}
                  lang={contentLang(unit.name, locale)}
                >
                  {unit.name}
                </SiteLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  ))
}
