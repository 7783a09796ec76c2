// Commendation notices over the years, by mechanism and by honor-roll group, drawn from the
// stored figures (src/collections/Commendations/honorRollFigures.ts).
import { groupLabels, honorRollGroups } from '@/collections/Commendations/awardeeGroups'
import { BarChart } from '@/components/charts/BarChart'
import type { YearFigures } from '@/data/honorRollFigures'
import { mechanismLabels, mechanisms } from '@/fields/mechanism'
import type { Locale } from '@/i18n/locales'

import { words } from './words'

export function HonorRollCharts({ years, locale }: { years: YearFigures[]; locale: Locale }) {
  if (years.length === 0) return null
  const w = words[locale]
  // Read over time, oldest first.
  const chronological = [...years].sort((a, b) => a.year - b.year)
  const groups = chronological.map((figures) => w.yearLink(figures.year))
  return (
    <section className="honor-roll-statistics" aria-labelledby="statistics-heading">
      <h2 id="statistics-heading">{w.statistics}</h2>
      <p>{w.statisticsNote}</p>
      <h3>{w.byMechanism}</h3>
      <BarChart
        title={w.byMechanism}
        description={w.byMechanismDescription}
        groups={groups}
        groupHeading={w.yearColumn}
        series={mechanisms.map((mechanism) => ({
          label: mechanismLabels[mechanism][locale],
          values: chronological.map((figures) => figures.mechanisms[mechanism]),
        }))}
      />
      <h3>{w.byGroup}</h3>
      <BarChart
        title={w.byGroup}
        description={w.byGroupDescription}
        groups={groups}
        groupHeading={w.yearColumn}
        series={honorRollGroups.map((group) => ({
          label: groupLabels[group][locale],
          values: chronological.map((figures) => figures.groups[group]),
        }))}
      />
    </section>
  )
}
