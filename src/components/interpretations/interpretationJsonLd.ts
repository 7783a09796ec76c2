// An interpretation as a NewsArticle whose author is the expert, with their standing and profile,
// and which is about the policy documents it explains.
import { populated } from '@/data/publicQuery'
import type { getInterpretation } from '@/data/interpretations'
import { languageTags, localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { documentPath } from '@/lib/publicPaths'
import { absoluteUrl } from '@/lib/siteUrl'

type Interpretation = NonNullable<Awaited<ReturnType<typeof getInterpretation>>>

const pageUrl = (locale: Locale, path: string) => absoluteUrl(localePath(locale, path))

const authorOf = (article: Interpretation, locale: Locale) => {
  const expert = populated(article.expert)
  if (!expert) return undefined
  return {
    '@type': 'Person',
    name: expert.name,
    jobTitle: expert.title ?? undefined,
    affiliation: expert.affiliation
      ? { '@type': 'Organization', name: expert.affiliation }
      : undefined,
    description: expert.credentials ?? undefined,
    url: expert.slug ? pageUrl(locale, documentPath('experts', expert.slug)) : undefined,
  }
}

export const interpretationJsonLd = (article: Interpretation, locale: Locale) => {
  const url = pageUrl(locale, documentPath('interpretations', article.slug ?? ''))
  const publisher = {
    '@type': 'GovernmentOrganization',
    name: strings[locale].siteName,
    url: pageUrl(locale, '/'),
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    inLanguage: languageTags[locale],
    url,
    mainEntityOfPage: url,
    datePublished: article.createdAt,
    dateModified: article.updatedAt,
    articleSection: strings[locale].interpretations,
    author: authorOf(article, locale) ?? publisher,
    publisher,
    about: article.relatedPolicies.map((policy) => ({
      '@type': 'Legislation',
      name: policy.title,
      legislationIdentifier: policy.documentNumber,
      url: pageUrl(locale, documentPath('policies', policy.slug ?? '')),
    })),
  }
}
