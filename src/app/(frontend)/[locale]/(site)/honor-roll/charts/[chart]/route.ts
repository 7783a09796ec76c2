// The honor roll's charts as SVG images, cached like pages and expired with the honor roll's
// figures.
import { barChartSvg } from '@/components/charts/barChartSvg'
import { honorRollChartNames, honorRollCharts } from '@/components/honorRoll/chartData'
import { getHonorRollFigures } from '@/data/honorRollFigures'
import { isLocale, languageTags } from '@/i18n/locales'

export const dynamic = 'force-static'
export const generateStaticParams = () => []

type Params = { params: Promise<{ locale: string; chart: string }> }

export async function GET(_request: Request, { params }: Params) {
  const { locale, chart } = await params
  const name = honorRollChartNames.find((one) => `${one}.svg` === chart)
  if (!isLocale(locale) || !name) {
    return new Response('No such chart.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const { years } = await getHonorRollFigures()
  return new Response(barChartSvg(honorRollCharts(years, locale)[name], languageTags[locale]), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  })
}
