// One expert interpretation as the public reads it: the expert's byline and credentials first, so
// a reader knows whose reading of the policy this is, then the text and the policies it explains.
import { JsonLd } from '@/components/layout/JsonLd'
import { RichText } from '@/components/layout/RichText'
import { PolicyItems } from '@/components/policies/PolicyItems'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { ChangeNotes, UpdatedLine } from '@/components/layout/ChangeNotes'
import { strings } from '@/i18n/strings'
import { sectionPaths } from '@/lib/publicPaths'
import { contentLang, plainTextOf } from '@/lib/contentLanguage'
import { WithdrawalNotice } from '@/components/layout/WithdrawalNotice'
import type { getInterpretation } from '@/data/interpretations'
import { populated } from '@/data/publicQuery'
import { mechanismLabels } from '@/fields/mechanism'
import { formatDate, type Locale } from '@/i18n/locales'

import { ExpertByline } from './ExpertByline'
import { interpretationJsonLd } from './interpretationJsonLd'
import { interpretationWords } from './interpretationWords'

type Interpretation = NonNullable<Awaited<ReturnType<typeof getInterpretation>>>

type Props = { article: Interpretation; locale: Locale }

export function InterpretationArticle({ article, locale }: Props) {
  const w = interpretationWords[locale]
  const expert = populated(article.expert)
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ label: strings[locale].interpretations, path: sectionPaths.interpretations }]}
        current={article.title}
      />
      <article className="interpretation">
        <header>
          <h1 lang={contentLang(article.title, locale)}>{article.title}</h1>
          <UpdatedLine locale={locale} notes={article.changeNotes} />
          {expert ? <ExpertByline expert={expert} locale={locale} /> : null}
          <dl className="facts">
            <dt>{w.mechanism}</dt>
            <dd>{mechanismLabels[article.mechanism][locale]}</dd>
            <dt>{w.published}</dt>
            <dd>
              <time dateTime={article.createdAt}>{formatDate(article.createdAt, locale)}</time>
            </dd>
          </dl>
        </header>
        {article.reviewState === 'withdrawn' ? (
          <WithdrawalNotice locale={locale} withdrawal={article.withdrawal} />
        ) : null}
        <ChangeNotes locale={locale} notes={article.changeNotes} />
        <p className="interpretation-summary" lang={contentLang(article.summary, locale)}>
          {article.summary}
        </p>
        <div lang={contentLang(plainTextOf(article.body), locale)}>
          <RichText data={article.body} locale={locale} />
        </div>
        <section aria-labelledby="related-policies">
          <h2 id="related-policies">{w.relatedPolicies}</h2>
          {article.relatedPolicies.length > 0 ? (
            <PolicyItems policies={article.relatedPolicies} locale={locale} />
          ) : (
            <p>{w.noRelatedPolicies}</p>
          )}
        </section>
        <JsonLd data={interpretationJsonLd(article, locale)} />
      </article>
    </>
  )
}
