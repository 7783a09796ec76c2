// The open-data downloads: every published notice and every awardee, for all years or one year,
// as CSV or JSON. Cached; a save of a notice expires it (a new year may appear).
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import type { Metadata } from 'next'

import { openDataWords } from '@/components/openData/words'
import { getOpenDataYears } from '@/data/openData'
import { localePath, type Locale } from '@/i18n/locales'
import { datasets, formats, openDataPath } from '@/lib/openData/files'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const w = openDataWords[locale]
  return pageMetadata({ locale, path: '/open-data', title: w.heading, description: w.lead })
}

export default async function OpenDataPage({ params }: Props) {
  const { locale } = await params
  const w = openDataWords[locale]
  const years = [null, ...(await getOpenDataYears())]
  return (
    <>
      <Breadcrumbs locale={locale} current={w.heading} />
      <h1>{w.heading}</h1>
      <p>{w.lead}</p>
      <p>{w.privacy}</p>
      <p>{w.language}</p>
      {datasets.map((dataset) => (
        <section key={dataset} aria-labelledby={`open-data-${dataset}`}>
          <h2 id={`open-data-${dataset}`}>{w[dataset]}</h2>
          <ul className="item-list">
            {years.map((year) => (
              <li key={year ?? 'all'}>
                {year ? w.year(year) : w.allYears}:{' '}
                {formats.map((format, index) => (
                  <span key={format}>
                    {index > 0 ? ' · ' : null}
                    <a
                      href={localePath(locale, openDataPath({ dataset, year, format }))}
                      type={format === 'csv' ? 'text/csv' : 'application/json'}
                    >
                      {format.toUpperCase()}
                      <span className="visually-hidden">
                        {' '}
                        {w[dataset]}, {year ? w.year(year) : w.allYears}
                      </span>
                    </a>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p>{w.csvNote}</p>
    </>
  )
}
