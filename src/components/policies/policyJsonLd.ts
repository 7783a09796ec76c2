// A policy document as schema.org Legislation: its number, issuing body, dates, whether it is in
// force, and its original PDF with the checksum that identifies it.
import type { getPolicy } from '@/data/policies'
import { populated } from '@/data/publicQuery'
import { languageTags, localePath, type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'
import { absoluteUrl } from '@/lib/siteUrl'

type Policy = NonNullable<Awaited<ReturnType<typeof getPolicy>>>

const day = (value?: string | null) => value?.slice(0, 10)

export const policyJsonLd = (policy: Policy, locale: Locale) => {
  const file = populated(policy.attachment)
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: policy.title,
    description: policy.summary,
    inLanguage: languageTags[locale],
    url: absoluteUrl(localePath(locale, documentPath('policies', policy.slug ?? ''))),
    legislationIdentifier: policy.documentNumber,
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: policy.issuingBody },
    legislationDate: day(policy.issuedAt),
    legislationDateOfApplicability: day(policy.effectiveFrom),
    legislationLegalForce: policy.status === 'in-force' ? 'InForce' : 'NotInForce',
    dateModified: policy.updatedAt,
    encoding: file?.url
      ? {
          '@type': 'MediaObject',
          contentUrl: /^https?:/.test(file.url) ? file.url : absoluteUrl(file.url),
          encodingFormat: 'application/pdf',
          sha256: file.sha256 ?? undefined,
        }
      : undefined,
  }
}
