// What a reader sees after sending a form: that it arrived, its reference number when it has one,
// and the way back.
import { SiteLink } from '@/components/layout/SiteLink'

import { localePath, type Locale } from '@/i18n/locales'

import { words } from './words'

export function ThanksPage({
  locale,
  title,
  body,
  reference,
}: {
  locale: Locale
  title: string
  body: string
  reference?: string
}) {
  const w = words[locale]
  return (
    <>
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
      <p>
        <SiteLink href={localePath(locale)}>{w.backToColumn}</SiteLink>
      </p>
    </>
  )
}
