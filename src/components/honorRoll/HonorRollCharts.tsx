// Commendation notices over the years, by mechanism and by honor-roll group, drawn from the
// stored figures (src/collections/Commendations/honorRollFigures.ts).
import { BarChart } from '@/components/charts/BarChart'
import type { YearFigures } from '@/data/honorRollFigures'
import type { Locale } from '@/i18n/locales'

import { honorRollChartPath, honorRollCharts } from './chartData'
import { words } from './words'

export function HonorRollCharts({ years, locale }: { years: YearFigures[]; locale: Locale }) {
  if (years.length === 0) return null
  const w = words[locale]
  const charts = honorRollCharts(years, locale)
  return (
    <section className="honor-roll-statistics" aria-labelledby="statistics-heading">
      <h2 id="statistics-heading">{w.statistics}</h2>
      <p>{w.statisticsNote}</p>
      <h3>{w.byMechanism}</h3>
      <BarChart
        src={honorRollChartPath(locale, 'by-mechanism')}
        groupHeading={w.yearColumn}
        {...charts['by-mechanism']}
      />
      <h3>{w.byGroup}</h3>
      <BarChart
        src={honorRollChartPath(locale, 'by-group')}
        groupHeading={w.yearColumn}
        {...charts['by-group']}
      />
    </section>
  )
}
