// Tells an editor in draft mode that they are looking at a draft, and lets them leave. Rendered
// only in draft mode, which bypasses the page cache, so reading the request here costs nothing
// for the public.
import { draftMode, headers } from 'next/headers'

import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

import { LivePreviewRefresh } from './LivePreviewRefresh'

export async function PreviewBar({ locale }: { locale: Locale }) {
  if (!(await draftMode()).isEnabled) return null
  const request = await headers()
  const origin = `${request.get('x-forwarded-proto') ?? 'http'}://${request.get('host')}`
  const t = strings[locale]
  return (
    <div className="preview-bar" role="status">
      <p>{t.draftPreview}</p>
      <a href={`/next/exit-preview?path=${encodeURIComponent(localePath(locale))}`}>
        {t.exitPreview}
      </a>
      <LivePreviewRefresh serverURL={origin} />
    </div>
  )
}
