// The public site's page in one reading language: the reading-mode script before anything is
// painted, skip link, masthead and navigation, the page's own content as the main landmark, and
// the footer.
import type { ReactNode } from 'react'

import { languageTags, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

import { PreviewBar } from './PreviewBar'
import { readingModeScript } from './readingModeScript'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

export function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    // The reading-mode script adds the reader's classes to <html> before React hydrates it.
    <html lang={languageTags[locale]} suppressHydrationWarning>
      {/* The App Router takes a <head> in the root layout; next/head is the Pages Router. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: readingModeScript }} />
      </head>
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
