// The root of the public site in one reading language. Every page below it is rendered once,
// kept in Next's cache and re-rendered only when a save revalidates what it shows.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { PreviewBar } from '@/components/layout/PreviewBar'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { isLocale, languageTags } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { siteUrl } from '@/lib/siteUrl'

import '../global.css'

// Pages are rendered on their first request, not at build time (the build has no database).
export const generateStaticParams = () => []

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = strings[locale]
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.siteTagline,
  }
}

export default async function PublicLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = strings[locale]
  return (
    <html lang={languageTags[locale]}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
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
