// The assessment years that have an honor roll, newest first.
import { SiteLink } from '@/components/layout/SiteLink'

import { localePath, type Locale } from '@/i18n/locales'
import { honorRollPath } from '@/lib/publicPaths'

import { words } from './words'

type Props = { locale: Locale; years: number[]; current?: number }

export function YearNav({ locale, years, current }: Props) {
  const w = words[locale]
  return (
    <nav className="year-nav" aria-label={w.yearsNav}>
      <ul>
        {years.map((year) => (
          <li key={year}>
            <SiteLink
              href={localePath(locale, honorRollPath(year))}
              aria-current={year === current ? 'page' : undefined}
            >
              {w.yearLink(year)}
            </SiteLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
