// A list of policy documents: each with its document number, the day it was issued and, once it no
// longer applies, the word that it has been superseded.
import Link from 'next/link'

import { contentLang } from '@/lib/contentLanguage'
import { formatDate, localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
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
  if (policies.length === 0) return <p>{strings[locale].nothingYet}</p>
  const w = policyWords[locale]
  return (
    <ul className="item-list">
      {policies.map((policy) => (
        <li key={policy.id}>
          <span className="kicker">
            <span lang={contentLang(policy.documentNumber, locale)}>{policy.documentNumber}</span>
            {policy.status === 'superseded' ? (
              <>
                {' · '}
                <span className="policy-status policy-status--superseded">
                  {w.statuses.superseded}
                </span>
              </>
            ) : null}
          </span>
          <Link
            href={localePath(locale, documentPath('policies', policy.slug ?? String(policy.id)))}
            lang={contentLang(policy.title, locale)}
          >
            {policy.title}
          </Link>
          <time dateTime={policy.issuedAt}>{formatDate(policy.issuedAt, locale)}</time>
          <p lang={contentLang(policy.summary, locale)}>{policy.summary}</p>
        </li>
      ))}
    </ul>
  )
}
