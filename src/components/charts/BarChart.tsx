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

const WIDTH = 640
const LABEL_WIDTH = 220
const VALUE_WIDTH = 64
const BAR_HEIGHT = 16
const ROW = 22
const GROUP_HEADING = 26
const GROUP_GAP = 10

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
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH
  // With one series a bar is named by its group, on the same line.
  const single = series.length === 1
  const groupHeight = single ? ROW : GROUP_HEADING + series.length * ROW + GROUP_GAP
  const height = groups.length * groupHeight + (single ? GROUP_GAP : 0)

  const bar = (value: number, index: number, label: string, y: number) => {
    const length = Math.max(value > 0 ? 2 : 0, (value / scale) * barSpace)
    return (
      <g key={`${label}-${index}`} className={`bar-chart-series-${index % 8}`}>
        <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT - 3} textAnchor="end">
          {label}
        </text>
        <rect x={LABEL_WIDTH} y={y} width={length} height={BAR_HEIGHT} />
        <text x={LABEL_WIDTH + length + 6} y={y + BAR_HEIGHT - 3}>
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
          if (single) return bar(series[0]?.values[g] ?? 0, 0, group, top + 3)
          return (
            <g key={group}>
              <text className="bar-chart-group" x={0} y={top + 18}>
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
