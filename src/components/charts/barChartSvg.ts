// A bar chart as a standalone SVG document, for figures a reader compares across years: each
// group (a year, say) is a cluster of labelled bars, one per series. Every bar carries its
// series' name and its value as text, so nothing depends on telling colours apart. Pages show it
// as an image (its own cached address), which keeps the drawing out of the page's HTML.

export type BarSeries = { label: string; values: number[] }

export type BarChartData = {
  /** Names the chart. */
  title: string
  /** What the chart shows, in a sentence, for those who cannot see it. */
  description: string
  /** One label per group, e.g. the years; the bars of a group are drawn together. */
  groups: string[]
  series: BarSeries[]
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
// Dark enough to stand out from the paper (WCAG 1.4.11); the text beside each bar says the rest.
const COLOURS = [
  '#a4161a',
  '#0b4f9c',
  '#2e6b30',
  '#6a3d9a',
  '#8a4b00',
  '#00606b',
  '#4a4a4a',
  '#7a1f4f',
]

export const barChartSize = ({ groups, series }: Pick<BarChartData, 'groups' | 'series'>) => ({
  width: WIDTH,
  height: groups.length * (GROUP_HEADING + series.length * ROW + GROUP_GAP),
})

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c]!)

export const barChartSvg = (chart: BarChartData, lang: string): string => {
  const { width, height } = barChartSize(chart)
  const scale = Math.max(1, ...chart.series.flatMap((one) => one.values))
  const barSpace = WIDTH - VALUE_SPACE
  const parts: string[] = []
  chart.groups.forEach((group, g) => {
    const top = g * (GROUP_HEADING + chart.series.length * ROW + GROUP_GAP)
    parts.push(`<text class="group" x="0" y="${top + 16}">${escape(group)}</text>`)
    chart.series.forEach((one, s) => {
      const value = one.values[g] ?? 0
      const y = top + GROUP_HEADING + s * ROW
      const length = Math.max(value > 0 ? 2 : 0, (value / scale) * barSpace)
      parts.push(
        `<text x="0" y="${y + LABEL - 3}">${escape(one.label)}</text>`,
        `<rect x="0" y="${y + LABEL + 2}" width="${length.toFixed(1)}" height="${BAR}" fill="${COLOURS[s % COLOURS.length]}"/>`,
        `<text x="${(length + 6).toFixed(1)}" y="${y + LABEL + 2 + BAR - 1}">${value}</text>`,
      )
    })
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" lang="${escape(lang)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">`,
    `<title>${escape(chart.title)}</title><desc>${escape(chart.description)}</desc>`,
    `<style>text{font:14px 'Noto Sans SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif;fill:#1f1f1f}.group{font-weight:700;font-size:15px}</style>`,
    `<rect width="100%" height="100%" fill="#fffdf8"/>`,
    ...parts,
    '</svg>',
  ].join('')
}
