// The honor rolls of all years: the way to the newest, the list of years, and the figures over
// the years.
import type { Metadata } from 'next'
import { SiteLink } from '@/components/layout/SiteLink'

import { HonorRollCharts } from '@/components/honorRoll/HonorRollCharts'
import { words } from '@/components/honorRoll/words'
import { getHonorRollFigures } from '@/data/honorRollFigures'
import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { pageMetadata } from '@/lib/pageMetadata'
import { honorRollPath } from '@/lib/publicPaths'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const w = words[locale]
  return pageMetadata({
    locale,
    path: honorRollPath(),
    title: w.heading,
    description: w.description,
  })
}

export default async function HonorRollsPage({ params }: Props) {
  const { locale } = await params
  const w = words[locale]
  const { years } = await getHonorRollFigures()
  const newest = years[0]
  return (
    <>
      <h1>{w.heading}</h1>
      {newest ? (
        <p className="honor-roll-latest">
          <SiteLink href={localePath(locale, honorRollPath(newest.year))}>
            {w.latest(newest.year)}
          </SiteLink>
        </p>
      ) : (
        <p>{strings[locale].nothingYet}</p>
      )}
      {years.length ? (
        <section aria-labelledby="years-heading">
          <h2 id="years-heading">{w.allYears}</h2>
          <ul className="honor-roll-years">
            {years.map((figures) => (
              <li key={figures.year}>
                <SiteLink href={localePath(locale, honorRollPath(figures.year))}>
                  {w.yearHeading(figures.year)}
                </SiteLink>{' '}
                <span className="group-count">{w.inBrackets(w.noticeCount(figures.notices))}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <HonorRollCharts years={years} locale={locale} />
    </>
  )
}
