// The public site's page in one reading language: skip link, masthead and navigation, the page's
// own content as the main landmark, and the footer.
import type { ReactNode } from 'react'

import { languageTags, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

import { PreviewBar } from './PreviewBar'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

export function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={languageTags[locale]}>
      <body>
        <a className="skip-link" href="#main">
          {strings[locale].skipToContent}
        </a>
        <PreviewBar locale={locale} />
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
