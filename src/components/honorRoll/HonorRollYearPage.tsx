// A year's honor roll, the column's celebratory page: the years to choose from, the groups of the
// year with their counts, then every group as a section (portraits of consenting people, each
// notice with everyone it commends), and the figures over the years. A group larger than a page
// has its own paged view (`?category=…`), so no page ever loads a whole large year.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { groupLabels, type HonorRollGroup } from '@/collections/Commendations/awardeeGroups'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { SiteLink } from '@/components/layout/SiteLink'
import { Pagination } from '@/components/layout/Pagination'
import { getHonorRoll, getWholeYearRoll } from '@/data/honorRoll'
import { getHonorRollFigures } from '@/data/honorRollFigures'
import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { kindLabels } from '@/lib/assessmentCategories'
import { listHref, type View } from '@/lib/listView'
import { pageMetadata } from '@/lib/pageMetadata'
import { honorRollPath } from '@/lib/publicPaths'

import { GroupNav } from './GroupNav'
import { HonorGroupSection, kindOf } from './HonorGroupSection'
import { HonorRollCharts } from './HonorRollCharts'
import { HonorTable } from './HonorTable'
import { rollFromPath } from './rollView'
import { words } from './words'
import { YearNav } from './YearNav'

type Props = { locale: Locale; year: string; view: View }

export function honorRollYearMetadata({ locale, year, view }: Props): Metadata {
  const roll = rollFromPath(year, view)
  if (!roll) return {}
  const w = words[locale]
  const parts = [
    w.yearHeading(roll.year),
    ...(roll.group ? [groupLabels[roll.group][locale]] : []),
    ...(roll.page > 1 ? [w.page(roll.page)] : []),
  ]
  const path = listHref(locale, honorRollPath(roll.year), {
    category: roll.group,
    page: roll.page,
  }).slice(locale.length + 1)
  return pageMetadata({
    locale,
    path,
    title: parts.join(' · '),
    description: w.yearDescription(roll.year),
  })
}

function Masthead({ locale, year, notices }: { locale: Locale; year: number; notices: number }) {
  const w = words[locale]
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ label: w.heading, path: honorRollPath() }]}
        current={w.yearHeading(year)}
      />
      <header className="honor-roll-hero">
        <p className="honor-roll-motto">{w.hero}</p>
        <h1>{w.yearHeading(year)}</h1>
        <p className="honor-roll-lead">{w.yearLead(year, notices)}</p>
      </header>
    </>
  )
}

export async function HonorRollYearPage({ locale, year, view }: Props) {
  const roll = rollFromPath(year, view)
  if (!roll) notFound()
  return roll.group ? (
    <GroupView locale={locale} roll={{ ...roll, group: roll.group }} />
  ) : (
    <WholeYear locale={locale} year={roll.year} />
  )
}

/** Every group of the year, each as a section, the year's and the years' figures after them. */
async function WholeYear({ locale, year }: { locale: Locale; year: number }) {
  const [shown, figures] = await Promise.all([
    getWholeYearRoll(year, locale),
    getHonorRollFigures(),
  ])
  if (!shown) notFound()
  return (
    <>
      <Masthead locale={locale} year={shown.year} notices={shown.figures.notices} />
      <YearNav locale={locale} years={figures.years.map((one) => one.year)} current={shown.year} />
      <GroupNav locale={locale} figures={shown.figures} current={null} />
      {shown.groups.map(({ group, notices }) => (
        <HonorGroupSection
          key={group}
          locale={locale}
          year={shown.year}
          group={group}
          notices={notices}
        />
      ))}
      <HonorRollCharts years={figures.years} locale={locale} />
    </>
  )
}

/** One group of a year a page at a time (`?category=economic&page=2`), for the largest groups. */
async function GroupView({
  locale,
  roll,
}: {
  locale: Locale
  roll: { year: number; group: HonorRollGroup; page: number }
}) {
  const shown = await getHonorRoll({
    year: roll.year,
    locale,
    group: roll.group,
    page: roll.page,
  })
  if (!shown || !shown.group || roll.page > Math.max(1, shown.notices.totalPages)) notFound()
  const w = words[locale]
  const group = shown.group
  const kind = kindOf(group)
  const groupName = groupLabels[group][locale]
  return (
    <>
      <Masthead locale={locale} year={shown.year} notices={shown.figures.notices} />
      <p>
        <SiteLink href={localePath(locale, honorRollPath(shown.year))}>
          {w.wholeYear(shown.year)}
        </SiteLink>
      </p>
      <GroupNav locale={locale} figures={shown.figures} current={group} />
      <section className="honor-roll-group" aria-labelledby="group-heading">
        <h2 id="group-heading">
          {w.groupHeading(groupName, kind ? kindLabels[kind][locale] : undefined)}
        </h2>
        <p>
          {w.groupLead(shown.notices.totalDocs)}
          {shown.notices.totalPages > 1
            ? ` ${strings[locale].pageOf(shown.notices.page, shown.notices.totalPages)}`
            : null}
        </p>
        <HonorTable
          locale={locale}
          caption={w.tableCaption(shown.year, groupName)}
          people={group === 'people'}
          notices={shown.notices.docs}
        />
        <Pagination
          locale={locale}
          basePath={honorRollPath(shown.year)}
          filters={{ category: group }}
          page={shown.notices.page}
          totalPages={shown.notices.totalPages}
        />
      </section>
    </>
  )
}
