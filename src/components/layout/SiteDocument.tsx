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

type Props = {
  locale: Locale
  children: ReactNode
  /**
   * The masthead and footer, when the caller draws the document twice (the page and its
   * not-found fallback, src/app/(frontend)/[locale]/layout.tsx): React sends an element it has
   * sent once as a reference, so passing the same two elements to both keeps them out of the page
   * data a second time.
   */
  shell?: { header: ReactNode; footer: ReactNode }
}

export const siteShell = (locale: Locale) => ({
  header: <SiteHeader locale={locale} />,
  footer: <SiteFooter locale={locale} />,
})

export function SiteDocument({ locale, children, shell = siteShell(locale) }: Props) {
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
        {shell.header}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        {shell.footer}
      </body>
    </html>
  )
}
