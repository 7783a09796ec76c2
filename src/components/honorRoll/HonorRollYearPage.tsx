// A year's honor roll: the years to choose from, the groups of the year with their counts, one
// page of the chosen group's awardees, and the figures over the years.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { groupLabels } from '@/collections/Commendations/awardeeGroups'
import { Pagination } from '@/components/layout/Pagination'
import { getHonorRoll } from '@/data/honorRoll'
import { getHonorRollFigures } from '@/data/honorRollFigures'
import type { Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { categoriesByKind, kindLabels, unitKinds } from '@/lib/assessmentCategories'
import { listHref, type View } from '@/lib/listView'
import { pageMetadata } from '@/lib/pageMetadata'
import { honorRollPath } from '@/lib/publicPaths'

import { GroupNav } from './GroupNav'
import { HonorRollCharts } from './HonorRollCharts'
import { HonorTable } from './HonorTable'
import { rollFromPath } from './rollView'
import { words } from './words'
import { YearNav } from './YearNav'

type Props = { locale: Locale; year: string; view: View }

const kindOf = (group: string) =>
  unitKinds.find((kind) => (categoriesByKind[kind] as readonly string[]).includes(group))

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

export async function HonorRollYearPage({ locale, year, view }: Props) {
  const roll = rollFromPath(year, view)
  if (!roll) notFound()
  const [shown, figures] = await Promise.all([
    getHonorRoll({ year: roll.year, locale, group: roll.group, page: roll.page }),
    getHonorRollFigures(),
  ])
  if (!shown || roll.page > Math.max(1, shown.notices.totalPages)) notFound()
  const w = words[locale]
  const group = shown.group
  const kind = group ? kindOf(group) : undefined
  const groupName = group ? groupLabels[group][locale] : ''
  return (
    <>
      <h1>{w.yearHeading(shown.year)}</h1>
      <p className="honor-roll-lead">{w.yearLead(shown.year, shown.figures.notices)}</p>
      <YearNav locale={locale} years={figures.years.map((one) => one.year)} current={shown.year} />
      <GroupNav locale={locale} figures={shown.figures} current={group} />
      {group ? (
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
            filters={{ category: roll.group }}
            page={shown.notices.page}
            totalPages={shown.notices.totalPages}
          />
        </section>
      ) : null}
      <HonorRollCharts years={figures.years} locale={locale} />
    </>
  )
}
