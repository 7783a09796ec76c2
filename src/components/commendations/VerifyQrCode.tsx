// A printed notice carries a QR code of its verification page, so anyone holding the paper can
// check it against the official record. Drawn on the server as inline SVG (no script, prints
// sharply), with the address in words beside it.
import QRCode from 'qrcode'

import { verifyWords } from '@/components/verification/words'
import type { Locale } from '@/i18n/locales'
import { localVerifyPath } from '@/lib/noticeNumber'
import { absoluteUrl } from '@/lib/siteUrl'

export async function VerifyQrCode({ locale, number }: { locale: Locale; number: string }) {
  const w = verifyWords[locale]
  const url = absoluteUrl(localVerifyPath(locale, number))
  // Medium error correction survives a smudged print; the margin is the code's quiet zone.
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return (
    <section className="notice-verify" aria-labelledby="verify-qr-heading">
      <h2 id="verify-qr-heading">{w.qrHeading}</h2>
      <div className="notice-verify-code">
        <div
          className="qr-code"
          role="img"
          aria-label={w.qrAlt(number)}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <p>
          {/* Printed as readers type it: the Chinese of the number, not its percent-encoding. */}
          <a href={url}>{decodeURI(url)}</a>
        </p>
      </div>
    </section>
  )
}
