// What a reader sees after sending a form: that it arrived, and the way back.
import { SiteLink } from '@/components/layout/SiteLink'

import { localePath, type Locale } from '@/i18n/locales'

import { words } from './words'

export function ThanksPage({
  locale,
  title,
  body,
}: {
  locale: Locale
  title: string
  body: string
}) {
  return (
    <>
      <h1>{title}</h1>
      <p role="status">{body}</p>
      <p>
        <SiteLink href={localePath(locale)}>{words[locale].backToColumn}</SiteLink>
      </p>
    </>
  )
}
