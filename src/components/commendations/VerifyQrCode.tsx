// A printed notice carries a QR code of its verification page, so anyone holding the paper can
// check it against the official record. An SVG image drawn by the server (no script, prints
// sharply; see src/app/(frontend)/[locale]/verify-code), with the address in words beside it.
import { verifyWords } from '@/components/verification/words'
import { localePath, type Locale } from '@/i18n/locales'
import { localVerifyPath, verifyPath } from '@/lib/noticeNumber'
import { absoluteUrl } from '@/lib/siteUrl'

export function VerifyQrCode({ locale, number }: { locale: Locale; number: string }) {
  const w = verifyWords[locale]
  const url = absoluteUrl(localVerifyPath(locale, number))
  const image = localePath(locale, verifyPath(number).replace(/^\/verify\//, '/verify-code/'))
  return (
    <section className="notice-verify" aria-labelledby="verify-qr-heading">
      <h2 id="verify-qr-heading">{w.qrHeading}</h2>
      <div className="notice-verify-code">
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG from this site, at its size */}
        <img className="qr-code" src={image} alt={w.qrAlt(number)} width={128} height={128} />
        <p>
          {/* Printed as readers type it: the Chinese of the number, not its percent-encoding. */}
          <a href={url}>{decodeURI(url)}</a>
        </p>
      </div>
    </section>
  )
}
