// The QR code of a notice's verification page, as an SVG image of its own. A notice page links it
// with <img> rather than drawing it inline, so its few kilobytes of path are neither in the page's
// HTML nor a second time in the page data React sends beside it, and a browser keeps it.
import QRCode from 'qrcode'

import { isLocale } from '@/i18n/locales'
import { localVerifyPath, numberFromSegments } from '@/lib/noticeNumber'
import { absoluteUrl } from '@/lib/siteUrl'

type Context = { params: Promise<{ locale: string; number: string[] }> }

export async function GET(_request: Request, { params }: Context) {
  const { locale, number: segments } = await params
  const number = numberFromSegments(segments)
  if (!isLocale(locale) || !number) return new Response(null, { status: 404 })
  const url = absoluteUrl(localVerifyPath(locale, number))
  // Medium error correction survives a smudged print; the margin is the code's quiet zone.
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      // The code depends on the number alone, never on what is published.
      'Cache-Control': 'public, max-age=86400',
    },
  })
}
