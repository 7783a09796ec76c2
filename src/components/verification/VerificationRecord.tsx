// The official record of a verified notice: what a reader compares against the paper they hold.
// Awardees appear as everywhere else (a person without consent by masked name and position).
import { SiteLink } from '@/components/layout/SiteLink'

import { formatMoment } from '@/components/commendations/PublicNoticeBanner'
import { AwardeesTable } from '@/components/commendations/AwardeesTable'
import { contentLang } from '@/lib/contentLanguage'
import { WithdrawalNotice } from '@/components/layout/WithdrawalNotice'
import { words } from '@/components/commendations/words'
import type { VerifiedNotice } from '@/data/verification'
import { formatDate, localePath, type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'

import { verifyWords } from './words'

export function VerificationRecord({ notice, locale }: { notice: VerifiedNotice; locale: Locale }) {
  const w = verifyWords[locale]
  const n = words[locale]
  const lang = (text: string | null | undefined) => contentLang(text, locale)
  const pdf = notice.attachment && typeof notice.attachment === 'object' ? notice.attachment : null
  const withdrawn = notice.reviewState === 'withdrawn'
  const inNotice = notice.publicNotice?.state === 'in-notice' && Boolean(notice.publicNotice.endsAt)
  return (
    <section className="verify-record" aria-labelledby="verify-found">
      <p id="verify-found" className="verify-found">
        <strong>{w.found}</strong>
      </p>
      {withdrawn ? <WithdrawalNotice locale={locale} withdrawal={notice.withdrawal} /> : null}
      <dl>
        <dt>{n.noticeNumber}</dt>
        <dd lang={lang(notice.noticeNumber)}>{notice.noticeNumber}</dd>
        <dt>{w.title}</dt>
        <dd lang={lang(notice.title)}>{notice.title}</dd>
        <dt>{n.issuingBody}</dt>
        <dd lang={lang(notice.issuingBody)}>{notice.issuingBody}</dd>
        <dt>{n.issuedAt}</dt>
        <dd>
          <time dateTime={notice.issuedAt.slice(0, 10)}>{formatDate(notice.issuedAt, locale)}</time>
        </dd>
        <dt>{n.assessmentYear}</dt>
        <dd>{n.yearOption(notice.assessmentYear)}</dd>
        <dt>{w.state}</dt>
        <dd>
          {withdrawn
            ? w.withdrawn
            : inNotice
              ? w.inNotice(formatMoment(notice.publicNotice!.endsAt!, locale))
              : w.published}
        </dd>
        <dt>{w.pdfChecksum}</dt>
        <dd>{pdf?.sha256 ? <code className="checksum">{pdf.sha256}</code> : w.noPdf}</dd>
      </dl>
      <AwardeesTable awardees={notice.awardees} locale={locale} />
      {notice.slug ? (
        <p>
          <SiteLink href={localePath(locale, documentPath('commendations', notice.slug))}>
            {w.openNotice}
          </SiteLink>
        </p>
      ) : null}
    </section>
  )
}
