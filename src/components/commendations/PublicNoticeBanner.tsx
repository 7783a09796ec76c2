// A notice in its public-notice period (公示) says so at the top, with the end of the period; once
// final, it says when the period ended. The objection form sits below the notice (ObjectionSection).
import type { Locale } from '@/i18n/locales'
import { timeZone } from '@/lib/timeZone'

import { words } from '../participation/words'

export type PublicNotice = {
  state?: 'in-notice' | 'final' | null
  endsAt?: string | null
  finalisedAt?: string | null
} | null

/** A moment as readers of the language write it, in the district's time zone. */
export const formatMoment = (value: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(value))

export function PublicNoticeBanner({
  notice,
  locale,
}: {
  notice: PublicNotice | undefined
  locale: Locale
}) {
  const w = words[locale]
  if (notice?.state === 'in-notice' && notice.endsAt) {
    return (
      <section className="public-notice" aria-labelledby="public-notice-heading">
        <h2 id="public-notice-heading">{w.inNotice}</h2>
        <p>
          {w.inNoticeLead(formatMoment(notice.endsAt, locale))}{' '}
          <a href="#objection">{w.objectionHeading}</a>
        </p>
      </section>
    )
  }
  const ended = notice?.finalisedAt ?? notice?.endsAt
  if (notice?.state === 'final' && ended) {
    return <p className="public-notice-final">{w.finalLead(formatMoment(ended, locale))}</p>
  }
  return null
}
