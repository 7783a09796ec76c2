// A withdrawn item keeps its address, because the column is an official record; its page says
// first, before the text, that it was withdrawn, when and why.
import { formatDate, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

import { contentLang } from '@/lib/contentLanguage'

type Props = { locale: Locale; withdrawal?: { at?: string | null; reason?: string | null } | null }

export function WithdrawalNotice({ locale, withdrawal }: Props) {
  const t = strings[locale]
  return (
    <section className="withdrawal-notice" aria-labelledby="withdrawal-heading">
      <h2 id="withdrawal-heading">{t.withdrawnNotice}</h2>
      <p>{t.withdrawnLead}</p>
      <dl>
        {withdrawal?.at ? (
          <div>
            <dt>{t.withdrawnOn}</dt>
            <dd>
              <time dateTime={withdrawal.at}>{formatDate(withdrawal.at, locale)}</time>
            </dd>
          </div>
        ) : null}
        {withdrawal?.reason ? (
          <div>
            <dt>{t.withdrawnReason}</dt>
            <dd lang={contentLang(withdrawal.reason, locale)}>{withdrawal.reason}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  )
}
