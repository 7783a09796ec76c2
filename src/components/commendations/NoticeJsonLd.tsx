// A notice described for search engines as a news article issued by a government body.
import { JsonLd } from '@/components/layout/JsonLd'
import { mechanismLabels, type Mechanism } from '@/fields/mechanism'
import { languageTags, localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { defaultImage } from '@/lib/pageMetadata'
import { documentPath } from '@/lib/publicPaths'
import { absoluteUrl } from '@/lib/siteUrl'

type Props = {
  locale: Locale
  notice: {
    slug: string
    title: string
    summary?: string | null
    noticeNumber: string
    issuingBody: string
    issuedAt: string
    updatedAt: string
    mechanism: Mechanism
  }
}

export function NoticeJsonLd({ locale, notice }: Props) {
  const url = absoluteUrl(localePath(locale, documentPath('commendations', notice.slug)))
  return (
    <JsonLd
      data={{
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: notice.title,
        description: notice.summary ?? undefined,
        identifier: notice.noticeNumber,
        datePublished: notice.issuedAt,
        dateModified: notice.updatedAt,
        inLanguage: languageTags[locale],
        articleSection: mechanismLabels[notice.mechanism][locale],
        url,
        mainEntityOfPage: url,
        image: absoluteUrl(defaultImage.url),
        author: { '@type': 'GovernmentOrganization', name: notice.issuingBody },
        publisher: {
          '@type': 'GovernmentOrganization',
          name: strings[locale].siteName,
          url: absoluteUrl(localePath(locale)),
        },
      }}
    />
  )
}
