// The groups of a year's honor roll, as the district assesses its units (town offices in two
// categories, departments in four) and then individuals, each with how many notices it has.
import { SiteLink } from '@/components/layout/SiteLink'

import { groupLabels, type HonorRollGroup } from '@/collections/Commendations/awardeeGroups'
import type { YearFigures } from '@/data/honorRollFigures'
import type { Locale } from '@/i18n/locales'
import { categoriesByKind, kindLabels, unitKinds } from '@/lib/assessmentCategories'
import { listHref } from '@/lib/listView'
import { honorRollPath } from '@/lib/publicPaths'

import { words } from './words'

type Props = { locale: Locale; figures: YearFigures; current: HonorRollGroup | null }

export function GroupNav({ locale, figures, current }: Props) {
  const w = words[locale]
  const item = (group: HonorRollGroup) => {
    const count = figures.groups[group]
    const label = groupLabels[group][locale]
    return (
      <li key={group}>
        {count > 0 ? (
          <SiteLink
            href={listHref(locale, honorRollPath(figures.year), { category: group })}
            aria-current={group === current ? 'page' : undefined}
          >
            {label}
          </SiteLink>
        ) : (
          <span>{label}</span>
        )}{' '}
        <span className="group-count">
          {count > 0 ? w.inBrackets(w.noticeCount(count)) : w.none}
        </span>
      </li>
    )
  }
  return (
    <nav className="group-nav" aria-label={w.groupsNav}>
      <ul>
        {unitKinds.map((kind) => (
          <li key={kind}>
            <span className="group-kind">{kindLabels[kind][locale]}</span>
            <ul>{categoriesByKind[kind].map(item)}</ul>
          </li>
        ))}
        <li>
          <ul>{item('people')}</ul>
        </li>
      </ul>
    </nav>
  )
}
