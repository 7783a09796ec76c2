// The groups of a year's honor roll as the district assesses its units (town offices in two
// categories, departments in four) and then individuals, each with how many notices it has. On
// the year's page each leads to its section further down; a group without notices is named too.
import { groupLabels, type HonorRollGroup } from '@/collections/Commendations/awardeeGroups'
import type { YearFigures } from '@/data/honorRollFigures'
import { localePath, type Locale } from '@/i18n/locales'
import { categoriesByKind, kindLabels, unitKinds } from '@/lib/assessmentCategories'
import { honorRollPath } from '@/lib/publicPaths'

import { words } from './words'

type Props = { locale: Locale; figures: YearFigures; current: HonorRollGroup | null }

export const groupAnchor = (group: HonorRollGroup) => `group-${group}`

export function GroupNav({ locale, figures, current }: Props) {
  const w = words[locale]
  // On the whole year's page a section is an anchor away; from one group's page, a page away.
  const base = current ? localePath(locale, honorRollPath(figures.year)) : ''
  const item = (group: HonorRollGroup) => {
    const count = figures.groups[group]
    const label = groupLabels[group][locale]
    return (
      <li key={group}>
        {count > 0 ? (
          <a
            href={`${base}#${groupAnchor(group)}`}
            aria-current={group === current ? 'page' : undefined}
          >
            {label}
          </a>
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
          <span className="group-kind">{groupLabels.people[locale]}</span>
          <ul>{item('people')}</ul>
        </li>
      </ul>
    </nav>
  )
}
