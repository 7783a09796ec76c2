// What a reader sees after sending a form: that it arrived, its reference number when it has one,
// the office's other channels, and the way back (to the notice objected to, when there is one, and
// to the home page).
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { SiteLink } from '@/components/layout/SiteLink'
import { localePath, type Locale } from '@/i18n/locales'

import { channelWords } from './channelWords'
import { OfficeChannels } from './OfficeChannels'
import { words } from './words'

type Props = {
  locale: Locale
  title: string
  body: string
  reference?: string
  /** The page the form was sent from, e.g. the notice objected to. */
  back?: { path: string; label?: string }
}

export function ThanksPage({ locale, title, body, reference, back }: Props) {
  const w = words[locale]
  return (
    <>
      <Breadcrumbs locale={locale} current={title} />
      <h1>{title}</h1>
      <p role="status">{body}</p>
      {reference ? (
        <>
          <p className="form-reference">
            {w.referenceLabel}
            {locale === 'zh' ? '：' : ': '}
            <strong>{reference}</strong>
          </p>
          <p>{w.referenceHint}</p>
        </>
      ) : null}
      <ul className="thanks-links">
        {back ? (
          <li>
            <SiteLink href={localePath(locale, back.path)}>
              {back.label ?? channelWords[locale].backToNotice}
            </SiteLink>
          </li>
        ) : null}
        <li>
          <SiteLink href={localePath(locale)}>{w.backToColumn}</SiteLink>
        </li>
      </ul>
      <OfficeChannels locale={locale} />
    </>
  )
}
