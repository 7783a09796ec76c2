// The honor roll's chart images: a well-formed SVG document that names itself, escapes the text
// it is given, and draws bars in proportion with their values written beside them.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { barChartSize, barChartSvg } from '@/components/charts/barChartSvg'

const chart = {
  title: 'Notices by mechanism <2025>',
  description: 'Counts of "listed" notices & their mechanisms.',
  groups: ['2024', '2025'],
  series: [
    { label: 'Incentive', values: [10, 20] },
    { label: 'Fault tolerance', values: [5, 0] },
  ],
}

describe('a bar chart image', () => {
  const svg = barChartSvg(chart, 'en')

  it('is well-formed XML with its title and description, text escaped', () => {
    expect(XMLValidator.validate(svg)).toBe(true)
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg).svg
    expect(parsed.title).toBe('Notices by mechanism <2025>')
    expect(parsed.desc).toBe('Counts of "listed" notices & their mechanisms.')
    expect(parsed['@_role']).toBe('img')
  })

  it('draws each bar in proportion to the largest value and writes the value beside it', () => {
    const widths = [...svg.matchAll(/<rect x="0" y="[\d.]+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    )
    expect(widths).toEqual([160, 80, 320, 0])
    expect(svg).toContain('>20</text>')
  })

  it('is as tall as its groups and series need, so the page keeps its space for it', () => {
    expect(barChartSize(chart)).toEqual({ width: 400, height: 2 * (26 + 2 * 35 + 12) })
    expect(svg).toContain(`height="${barChartSize(chart).height}"`)
  })
})
