// A unit's yearly grades drawn as bars. Grades are ordered, not measured: a bar reaches the line of
// its grade, each line is named in words, and the same figures follow in a table (GradeTable), so
// nothing is told by colour, and a screen reader hears the figures in the chart's description.
import { useId } from 'react'

import { inLocale, type Locale } from '@/i18n/locales'
import { gradeLabels, grades } from '@/lib/assessmentCategories'

import { unitWords } from './words'

export type YearGrade = { year: number; grade: (typeof grades)[number] }

const LEVEL = 36
const AXIS = 76
const TOP = 20
const BOTTOM = 28
const SLOT = 60
const BAR = 32

/** excellent → 4 … fail → 1: how many levels a bar climbs. */
const rank = (grade: YearGrade['grade']) => grades.length - grades.indexOf(grade)

export function GradeChart({
  unitName,
  rows,
  locale,
}: {
  unitName: string
  rows: YearGrade[]
  locale: Locale
}) {
  const id = useId()
  const w = unitWords[locale]
  const label = (grade: YearGrade['grade']) => inLocale(gradeLabels[grade], locale)
  const plotHeight = grades.length * LEVEL
  const baseline = TOP + plotHeight
  const width = AXIS + Math.max(rows.length, 3) * SLOT + 8
  const height = baseline + BOTTOM
  const description = w.gradesChartDescription(
    rows.map((row) => w.gradeOfYear(row.year, label(row.grade))).join(w.listSeparator),
  )
  return (
    <svg
      className="grade-chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      <title id={`${id}-title`}>{w.gradesChartTitle(unitName)}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {grades.map((grade) => {
        const y = baseline - rank(grade) * LEVEL
        return (
          <g key={grade} className="level">
            <line x1={AXIS} x2={width - 8} y1={y} y2={y} />
            <text x={AXIS - 8} y={y} dominantBaseline="middle" textAnchor="end">
              {label(grade)}
            </text>
          </g>
        )
      })}
      <line className="baseline" x1={AXIS} x2={width - 8} y1={baseline} y2={baseline} />
      {rows.map((row, index) => {
        const x = AXIS + index * SLOT + (SLOT - BAR) / 2
        const barHeight = rank(row.grade) * LEVEL
        return (
          <g key={row.year} className="year">
            <rect x={x} y={baseline - barHeight} width={BAR} height={barHeight} />
            <text x={x + BAR / 2} y={baseline + 18} textAnchor="middle">
              {row.year}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
