// The root of the public site in one reading language. Every page below it is rendered once,
// kept in Next's cache and re-rendered only when a save revalidates what it shows.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Suspense, type ReactNode } from 'react'

import { NotFoundMessage } from '@/components/layout/NotFoundMessage'
import { SiteDocument, siteShell } from '@/components/layout/SiteDocument'
import { isLocale } from '@/i18n/locales'
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
  // React's server renderer runs no error boundaries, so a page that calls notFound() (or fails)
  // would take the whole document down and Next would send an empty shell. Caught here, the page
  // is answered with the fallback instead: the same document with the not-found message, and the
  // browser then hands over to not-found.tsx or error.tsx. The boundary holds <html> itself, so
  // React waits for the whole page instead of streaming it behind a fallback.
  // See docs/adr/0011-not-found-pages.md. Both documents share one masthead and footer, which the
  // page data then carries once.
  const shell = siteShell(locale)
  return (
    <Suspense
      fallback={
        <SiteDocument locale={locale} shell={shell}>
          <NotFoundMessage />
        </SiteDocument>
      }
    >
      <SiteDocument locale={locale} shell={shell}>
        {children}
      </SiteDocument>
    </Suspense>
  )
}
