// One policy document as the public reads it: the marks that identify it, whether it is still in
// force, its original PDF, its text, and the expert interpretations that explain it.
import { JsonLd } from '@/components/layout/JsonLd'
import { RichText } from '@/components/layout/RichText'
import { InterpretationItems } from '@/components/interpretations/InterpretationItems'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { ChangeNotes, UpdatedLine } from '@/components/layout/ChangeNotes'
import { strings } from '@/i18n/strings'
import { sectionPaths } from '@/lib/publicPaths'
import { contentLang, plainTextOf } from '@/lib/contentLanguage'
import { WithdrawalNotice } from '@/components/layout/WithdrawalNotice'
import type { getPolicy } from '@/data/policies'
import { populated } from '@/data/publicQuery'
import { formatDate, type Locale } from '@/i18n/locales'

import { PolicyAttachment } from './PolicyAttachment'
import { policyJsonLd } from './policyJsonLd'
import { policyWords } from './policyWords'

type Policy = NonNullable<Awaited<ReturnType<typeof getPolicy>>>

const Day = ({ value, locale }: { value?: string | null; locale: Locale }) =>
  value ? <time dateTime={value}>{formatDate(value, locale)}</time> : null

export function PolicyDocument({ policy, locale }: { policy: Policy; locale: Locale }) {
  const w = policyWords[locale]
  const file = populated(policy.attachment)
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ label: strings[locale].policies, path: sectionPaths.policies }]}
        current={policy.title}
      />
      <article className={`policy policy--${policy.status}`}>
        <header>
          <h1 lang={contentLang(policy.title, locale)}>{policy.title}</h1>
          <UpdatedLine locale={locale} notes={policy.changeNotes} />
          <dl className="facts policy-facts">
            <dt>{w.documentNumber}</dt>
            <dd lang={contentLang(policy.documentNumber, locale)}>{policy.documentNumber}</dd>
            <dt>{w.issuingBody}</dt>
            <dd lang={contentLang(policy.issuingBody, locale)}>{policy.issuingBody}</dd>
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
        <p className="policy-summary" lang={contentLang(policy.summary, locale)}>
          {policy.summary}
        </p>
        {file ? <PolicyAttachment file={file} locale={locale} /> : null}
        <div lang={contentLang(plainTextOf(policy.body), locale)}>
          <RichText data={policy.body} locale={locale} />
        </div>
        <section className="policy-interpretations" aria-labelledby="policy-interpretations">
          <h2 id="policy-interpretations">{w.interpretations}</h2>
          <InterpretationItems
            articles={policy.interpretations}
            locale={locale}
            empty={w.noInterpretations}
          />
        </section>
        <ChangeNotes locale={locale} notes={policy.changeNotes} />
        <JsonLd data={policyJsonLd(policy, locale)} />
      </article>
    </>
  )
}
