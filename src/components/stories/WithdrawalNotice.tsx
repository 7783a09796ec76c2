// A withdrawn item stays at its address, because the column is an official record; its page says
// first, before the text, when and why it was withdrawn.
import { formatDate, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

import { contentLang } from './contentLang'

import './sections.css'

type Withdrawal = { at?: string | null; reason?: string | null } | null | undefined

export function WithdrawalNotice({
  locale,
  withdrawal,
}: {
  locale: Locale
  withdrawal: Withdrawal
}) {
  const t = strings[locale]
  return (
    <section className="withdrawal-notice" aria-labelledby="withdrawal-notice">
      <h2 id="withdrawal-notice">{t.withdrawnNotice}</h2>
      <dl className="facts">
        {withdrawal?.at ? (
          <>
            <dt>{t.withdrawnOn}</dt>
            <dd>
              <time dateTime={withdrawal.at}>{formatDate(withdrawal.at, locale)}</time>
            </dd>
          </>
        ) : null}
        {withdrawal?.reason ? (
          <>
            <dt>{t.withdrawnReason}</dt>
            <dd lang={contentLang(locale, withdrawal.reason)}>{withdrawal.reason}</dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}
