// The signed original of a notice as a PDF, with its SHA-256 so anyone can check that a copy they
// hold is the published one.
import type { Locale } from '@/i18n/locales'

import { words } from './words'

export type OriginalPdf = {
  url?: string | null
  filename?: string | null
  filesize?: number | null
  sha256?: string | null
}

export function OriginalDocument({ locale, pdf }: { locale: Locale; pdf: OriginalPdf }) {
  if (!pdf.url) return null
  const w = words[locale]
  const name = pdf.filename ?? 'notice.pdf'
  return (
    <section className="notice-original" aria-labelledby="original-heading">
      <h2 id="original-heading">{w.original}</h2>
      <p>
        <a href={pdf.url} type="application/pdf" download={name}>
          {w.download(name)}
        </a>
        {pdf.filesize ? w.size(Math.ceil(pdf.filesize / 1024)) : null}
      </p>
      {pdf.sha256 ? (
        <>
          <p>
            {w.checksum}
            <code className="checksum">{pdf.sha256}</code>
          </p>
          <p className="checksum-help">{w.checksumHelp}</p>
        </>
      ) : null}
    </section>
  )
}
