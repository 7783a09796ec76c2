'use client'
// Shown when a page fails to render. It says nothing about the cause: details go to the server
// log, never to the reader.
import { usePathname } from 'next/navigation'

import { withoutLocale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { locale } = withoutLocale(usePathname() ?? '/')
  const t = strings[locale]
  return (
    <div className="error-page">
      <h1>{t.errorTitle}</h1>
      <p>{t.errorBody}</p>
      <button type="button" onClick={reset}>
        {t.tryAgain}
      </button>
    </div>
  )
}
