// A commendation notice as the official record reads: the issuing body and notice number over the
// title, the facts of the notice, its text, whom it commends, the signature, the original PDF and
// any corrections. A withdrawn notice says so first. In print it looks like the paper notice.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'

import { RichText } from '@/components/layout/RichText'
import type { getCommendation } from '@/data/commendation'
import { mechanismLabels } from '@/fields/mechanism'
import { formatDate, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { sectionPaths } from '@/lib/publicPaths'

import { AwardeesTable } from './AwardeesTable'
import { ChangeNotes, UpdatedLine } from '@/components/layout/ChangeNotes'
import { OriginalDocument } from './OriginalDocument'
import { PublicNoticeBanner } from './PublicNoticeBanner'
import { plainTextOf, contentLang } from '@/lib/contentLanguage'
import { VerifyQrCode } from './VerifyQrCode'
import { WithdrawalNotice } from '@/components/layout/WithdrawalNotice'
import { words } from './words'

type Shown = NonNullable<Awaited<ReturnType<typeof getCommendation>>>

export function Notice({ notice, locale }: { notice: Shown; locale: Locale }) {
  const t = strings[locale]
  const w = words[locale]
  const lang = (text: string | null | undefined) => contentLang(text, locale)
  const issued = (
    <time dateTime={notice.issuedAt.slice(0, 10)}>{formatDate(notice.issuedAt, locale)}</time>
  )
  const attachment =
    notice.attachment && typeof notice.attachment === 'object' ? notice.attachment : null
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ label: t.commendations, path: sectionPaths.commendations }]}
        current={notice.title}
      />
      <article className="notice">
        <header className="notice-masthead">
          <p className="notice-issuer" lang={lang(notice.issuingBody)}>
            {notice.issuingBody}
          </p>
          <p className="notice-number" lang={lang(notice.noticeNumber)}>
            {notice.noticeNumber}
          </p>
          <h1 lang={lang(notice.title)}>{notice.title}</h1>
          <UpdatedLine locale={locale} notes={notice.changeNotes} />
        </header>
        {notice.reviewState === 'withdrawn' ? (
          <WithdrawalNotice locale={locale} withdrawal={notice.withdrawal} />
        ) : (
          <PublicNoticeBanner locale={locale} notice={notice.publicNotice} />
        )}
        <dl className="notice-facts">
          <div>
            <dt>{w.noticeNumber}</dt>
            <dd lang={lang(notice.noticeNumber)}>{notice.noticeNumber}</dd>
          </div>
          <div>
            <dt>{w.issuingBody}</dt>
            <dd lang={lang(notice.issuingBody)}>{notice.issuingBody}</dd>
          </div>
          <div>
            <dt>{w.issuedAt}</dt>
            <dd>{issued}</dd>
          </div>
          <div>
            <dt>{w.assessmentYear}</dt>
            <dd>{w.yearOption(notice.assessmentYear)}</dd>
          </div>
          <div>
            <dt>{w.mechanism}</dt>
            <dd>{mechanismLabels[notice.mechanism][locale]}</dd>
          </div>
        </dl>
        <ChangeNotes locale={locale} notes={notice.changeNotes} />
        {notice.body ? (
          <div className="notice-body" lang={lang(plainTextOf(notice.body))}>
            <RichText data={notice.body} locale={locale} />
          </div>
        ) : (
          <p className="notice-body" lang={lang(notice.summary)}>
            {notice.summary}
          </p>
        )}
        <AwardeesTable awardees={notice.awardees} locale={locale} />
        <p className="notice-signature">
          <span lang={lang(notice.issuingBody)}>{notice.issuingBody}</span>
          {issued}
        </p>
        {attachment ? <OriginalDocument locale={locale} pdf={attachment} /> : null}
        <VerifyQrCode locale={locale} number={notice.noticeNumber} />
      </article>
    </>
  )
}
