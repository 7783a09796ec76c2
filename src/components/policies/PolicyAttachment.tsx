// The policy's original PDF, with its SHA-256 checksum: the published file is the authoritative
// text, and a reader can prove a copy is unaltered.
import type { Locale } from '@/i18n/locales'
import type { Document } from '@/payload-types'

import { policyWords } from './policyWords'

type Attachment = Pick<Document, 'url' | 'filename' | 'filesize' | 'sha256'>

export function PolicyAttachment({ file, locale }: { file: Attachment; locale: Locale }) {
  if (!file.url) return null
  const w = policyWords[locale]
  return (
    <section className="policy-attachment" aria-labelledby="policy-attachment">
      <h2 id="policy-attachment">{w.original}</h2>
      <p>
        <a href={file.url} type="application/pdf">
          {w.download(file.filename ?? 'PDF', file.filesize)}
        </a>
      </p>
      {file.sha256 ? (
        <dl className="facts">
          <dt>{w.checksum}</dt>
          <dd>
            <code className="checksum">{file.sha256}</code>
          </dd>
        </dl>
      ) : null}
      {file.sha256 ? <p className="checksum-help">{w.checksumHelp}</p> : null}
    </section>
  )
}
