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

// One stylesheet for the whole public site (a few dozen kilobytes before gzip): every section's
// styles are imported here, not beside their components, so Next emits them as one file and a
// page waits for one request, not nine, before it paints.
import '../global.css'
import '@/components/layout/header.css'
import '@/components/layout/footer.css'
import '@/components/layout/record.css'
import '@/components/layout/pictures.css'
import '@/components/layout/readingModes.css'
import '@/components/stories/sections.css'
import '@/components/stories/stories.css'
import '@/components/commendations/commendations.css'
import '@/components/commendations/notice.css'
import '@/components/commendations/noticePrint.css'
import '@/components/commendations/verifyQrCode.css'
import '@/components/honorRoll/honorRoll.css'
import '@/components/interpretations/interpretations.css'
import '@/components/policies/policies.css'
import '@/components/units/units.css'
import '@/components/people/people.css'
import '@/components/search/search.css'
import '@/components/participation/participation.css'
import '@/components/verification/verify.css'
import '@/components/charts/barChart.css'

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
    // The site's own files (public/): no request leaves for another host.
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '32x32' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
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
