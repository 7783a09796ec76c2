// One policy document as the public reads it: the marks that identify it, whether it is still in
// force, its original PDF, its text, and the expert interpretations that explain it.
import { ItemList } from '@/components/layout/ItemList'
import { JsonLd } from '@/components/layout/JsonLd'
import { RichText } from '@/components/layout/RichText'
import { ChangeNotes } from '@/components/stories/ChangeNotes'
import { WithdrawalNotice } from '@/components/stories/WithdrawalNotice'
import type { getPolicy } from '@/data/policies'
import { populated } from '@/data/publicQuery'
import { formatDate, type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'

import { PolicyAttachment } from './PolicyAttachment'
import { policyJsonLd } from './policyJsonLd'
import { policyWords } from './policyWords'

import '@/components/stories/sections.css'
import './policies.css'

type Policy = NonNullable<Awaited<ReturnType<typeof getPolicy>>>

const Day = ({ value, locale }: { value?: string | null; locale: Locale }) =>
  value ? <time dateTime={value}>{formatDate(value, locale)}</time> : null

export function PolicyDocument({ policy, locale }: { policy: Policy; locale: Locale }) {
  const w = policyWords[locale]
  const file = populated(policy.attachment)
  const interpretations = policy.interpretations.map((article) => ({
    id: article.id,
    href: documentPath('interpretations', article.slug ?? String(article.id)),
    title: article.title,
    date: article.createdAt,
    summary: article.summary,
  }))
  return (
    <article className={`policy policy--${policy.status}`}>
      <header>
        <h1>{policy.title}</h1>
        <dl className="facts policy-facts">
          <dt>{w.documentNumber}</dt>
          <dd>{policy.documentNumber}</dd>
          <dt>{w.issuingBody}</dt>
          <dd>{policy.issuingBody}</dd>
          <dt>{w.issuedAt}</dt>
          <dd>
            <Day value={policy.issuedAt} locale={locale} />
          </dd>
          <dt>{w.effectiveFrom}</dt>
          <dd>
            <Day value={policy.effectiveFrom} locale={locale} />
          </dd>
          <dt>{w.status}</dt>
          <dd>
            <span className={`policy-status policy-status--${policy.status}`}>
              {w.statuses[policy.status]}
            </span>
          </dd>
        </dl>
      </header>
      {policy.reviewState === 'withdrawn' ? (
        <WithdrawalNotice locale={locale} withdrawal={policy.withdrawal} />
      ) : null}
      <p className="policy-summary">{policy.summary}</p>
      {file ? <PolicyAttachment file={file} locale={locale} /> : null}
      <RichText data={policy.body} />
      <section className="policy-interpretations" aria-labelledby="policy-interpretations">
        <h2 id="policy-interpretations">{w.interpretations}</h2>
        {interpretations.length > 0 ? (
          <ItemList items={interpretations} locale={locale} />
        ) : (
          <p>{w.noInterpretations}</p>
        )}
      </section>
      <ChangeNotes locale={locale} notes={policy.changeNotes} />
      <JsonLd data={policyJsonLd(policy, locale)} />
    </article>
  )
}
