// A bar chart drawn on the server as SVG, for figures a reader compares across years: each group
// (a year, say) is a cluster of labelled bars, one per series. Every bar carries its series'
// name and its value as text, so nothing depends on telling colours apart, and the same figures
// follow in a table for screen readers. No JavaScript.
import { useId } from 'react'

import './barChart.css'

export type BarSeries = { label: string; values: number[] }

type Props = {
  /** Names the chart: the SVG's title and the table's caption. */
  title: string
  /** What the chart shows, in a sentence, for those who cannot see it. */
  description: string
  /** One label per group, e.g. the years; the bars of a group are drawn together. */
  groups: string[]
  /** The table's heading over the group labels, e.g. "Year". */
  groupHeading: string
  series: BarSeries[]
  /** How a value is written beside its bar and in the table; numbers as they are by default. */
  formatValue?: (value: number) => string
  /** The value of a full-length bar; the largest value by default. */
  max?: number
}

// Drawn narrow, with each label above its bar, so that the text stays legible when the chart is
// scaled down to a phone's width.
const WIDTH = 400
const VALUE_SPACE = 80
const LABEL = 17
const BAR = 12
const ROW = LABEL + BAR + 6
const GROUP_HEADING = 26
const GROUP_GAP = 12
// With one series, each bar is named by its group in a column to its left, on the same line.
const SINGLE_LABEL_WIDTH = 96
const SINGLE_ROW = 22

export function BarChart({
  title,
  description,
  groups,
  groupHeading,
  series,
  formatValue = String,
  max,
}: Props) {
  const id = useId()
  const scale = max ?? Math.max(1, ...series.flatMap((one) => one.values))
  const single = series.length === 1
  const barStart = single ? SINGLE_LABEL_WIDTH : 0
  const barSpace = WIDTH - barStart - VALUE_SPACE
  const groupHeight = single ? SINGLE_ROW : GROUP_HEADING + series.length * ROW + GROUP_GAP
  const height = groups.length * groupHeight

  const bar = (value: number, index: number, label: string, y: number) => {
    const length = Math.max(value > 0 ? 2 : 0, (value / scale) * barSpace)
    const barTop = single ? y : y + LABEL + 2
    return (
      <g key={`${label}-${index}`} className={`bar-chart-series-${index % 8}`}>
        {single ? (
          <text x={SINGLE_LABEL_WIDTH - 8} y={y + BAR - 1} textAnchor="end">
            {label}
          </text>
        ) : (
          <text x={0} y={y + LABEL - 3}>
            {label}
          </text>
        )}
        <rect x={barStart} y={barTop} width={length} height={BAR} />
        <text x={barStart + length + 6} y={barTop + BAR - 1}>
          {formatValue(value)}
        </text>
      </g>
    )
  }

  return (
    <figure className="bar-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {groups.map((group, g) => {
          const top = g * groupHeight
          if (single) return bar(series[0]?.values[g] ?? 0, 0, group, top + 5)
          return (
            <g key={group}>
              <text className="bar-chart-group" x={0} y={top + 16}>
                {group}
              </text>
              {series.map((one, s) =>
                bar(one.values[g] ?? 0, s, one.label, top + GROUP_HEADING + s * ROW),
              )}
            </g>
          )
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{groupHeading}</th>
            {series.map((one) => (
              <th scope="col" key={one.label}>
                {one.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group, g) => (
            <tr key={group}>
              <th scope="row">{group}</th>
              {series.map((one) => (
                <td key={one.label}>{formatValue(one.values[g] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
