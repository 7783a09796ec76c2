// One group of a year's honor roll as a section of the year's page: its heading with the number
// of notices, the portraits of consenting people, the first page of its notices with everyone
// they commend, and the way to the rest when the group is larger than a page.
import { groupLabels, type HonorRollGroup } from '@/collections/Commendations/awardeeGroups'
import { SiteLink } from '@/components/layout/SiteLink'
import type { NoticeHonors } from '@/data/honorRoll'
import type { Page } from '@/data/publicQuery'
import type { Locale } from '@/i18n/locales'
import { categoriesByKind, kindLabels, unitKinds } from '@/lib/assessmentCategories'
import { listHref } from '@/lib/listView'
import { honorRollPath } from '@/lib/publicPaths'

import { groupAnchor } from './GroupNav'
import { HonorTable } from './HonorTable'
import { PortraitGrid } from './PortraitGrid'
import { words } from './words'

type Props = { locale: Locale; year: number; group: HonorRollGroup; notices: Page<NoticeHonors> }

export const kindOf = (group: string) =>
  unitKinds.find((kind) => (categoriesByKind[kind] as readonly string[]).includes(group))

export function HonorGroupSection({ locale, year, group, notices }: Props) {
  const w = words[locale]
  const kind = kindOf(group)
  const name = groupLabels[group][locale]
  const headingId = `${groupAnchor(group)}-heading`
  return (
    <section className="honor-roll-group" id={groupAnchor(group)} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {w.groupHeading(name, kind ? kindLabels[kind][locale] : undefined)}{' '}
        <span className="group-count">{w.inBrackets(w.noticeCount(notices.totalDocs))}</span>
      </h2>
      {group === 'people' ? (
        <PortraitGrid locale={locale} notices={notices.docs} label={w.portraits(year)} />
      ) : null}
      <HonorTable
        locale={locale}
        caption={w.tableCaption(year, name)}
        people={group === 'people'}
        notices={notices.docs}
      />
      {notices.totalPages > 1 ? (
        <p className="honor-roll-more">
          <SiteLink href={listHref(locale, honorRollPath(year), { category: group })}>
            {w.allOfGroup(name, notices.totalDocs)}
          </SiteLink>
        </p>
      ) : null}
    </section>
  )
}
