// The honor roll's two charts (notices per year by mechanism, and by group), as data: the page
// draws them as images with tables beside, and the chart route serves the images.
import { groupLabels, honorRollGroups } from '@/collections/Commendations/awardeeGroups'
import type { BarChartData } from '@/components/charts/barChartSvg'
import type { YearFigures } from '@/data/honorRollFigures'
import { mechanismLabels, mechanisms } from '@/fields/mechanism'
import { localePath, type Locale } from '@/i18n/locales'

import { words } from './words'

export const honorRollChartNames = ['by-mechanism', 'by-group'] as const
export type HonorRollChartName = (typeof honorRollChartNames)[number]

export const honorRollChartPath = (locale: Locale, name: HonorRollChartName) =>
  localePath(locale, `/honor-roll/charts/${name}.svg`)

export const honorRollCharts = (
  years: YearFigures[],
  locale: Locale,
): Record<HonorRollChartName, BarChartData> => {
  const w = words[locale]
  // Read over time, oldest first.
  const chronological = [...years].sort((a, b) => a.year - b.year)
  const groups = chronological.map((figures) => w.yearLink(figures.year))
  return {
    'by-mechanism': {
      title: w.byMechanism,
      description: w.byMechanismDescription,
      groups,
      series: mechanisms.map((mechanism) => ({
        label: mechanismLabels[mechanism][locale],
        values: chronological.map((figures) => figures.mechanisms[mechanism]),
      })),
    },
    'by-group': {
      title: w.byGroup,
      description: w.byGroupDescription,
      groups,
      series: honorRollGroups.map((group) => ({
        label: groupLabels[group][locale],
        values: chronological.map((figures) => figures.groups[group]),
      })),
    },
  }
}
