// A bar chart on a page: the drawing is an image at its own cached address (barChartSvg.ts), and
// the same figures follow in a table for screen readers. No JavaScript.
import { barChartSize, type BarChartData } from './barChartSvg'

type Props = BarChartData & {
  /** Where the SVG of this chart is served. */
  src: string
  /** The table's heading over the group labels, e.g. "Year". */
  groupHeading: string
}

export function BarChart({ src, title, description, groups, groupHeading, series }: Props) {
  const { width, height } = barChartSize({ groups, series })
  return (
    <figure className="bar-chart">
      {/* A drawing served by the site itself: next/image would only add a resize step. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={src}
        alt={`${title}: ${description}`}
        width={width}
        height={height}
        loading="lazy"
      />
      {/* A table would not shrink to the hidden box's width; the box around it clips it. */}
      <div className="visually-hidden">
        <table>
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
                  <td key={one.label}>{one.values[g] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
