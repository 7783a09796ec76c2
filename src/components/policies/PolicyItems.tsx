// A list of policy documents: each with its document number, the day it was issued and, once it no
// longer applies, the word that it has been superseded.
import { ItemList } from '@/components/layout/ItemList'
import { contentLang } from '@/lib/contentLanguage'
import { type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'

import { policyWords, type PolicyStatus } from './policyWords'

export type ListedPolicy = {
  id: number | string
  slug?: string | null
  title: string
  documentNumber: string
  issuedAt: string
  status: PolicyStatus
  summary: string
}

export function PolicyItems({ policies, locale }: { policies: ListedPolicy[]; locale: Locale }) {
  const w = policyWords[locale]
  return (
    <ItemList
      locale={locale}
      items={policies.map((policy) => ({
        id: policy.id,
        href: documentPath('policies', policy.slug ?? String(policy.id)),
        title: policy.title,
        date: policy.issuedAt,
        summary: policy.summary,
        kicker: (
          <>
            <span lang={contentLang(policy.documentNumber, locale)}>{policy.documentNumber}</span>
            {policy.status === 'superseded' ? (
              <>
                {' · '}
                <span className="policy-status policy-status--superseded">
                  {w.statuses.superseded}
                </span>
              </>
            ) : null}
          </>
        ),
      }))}
    />
  )
}
