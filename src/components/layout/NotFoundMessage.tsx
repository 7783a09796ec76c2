'use client'
// Next gives a not-found page no route parameters, so the reader's language is read from the
// address. Rendered on the server as well, so it reads right without JavaScript. A verification
// address that found no notice says so ("no such notice").
import { SiteLink } from '@/components/layout/SiteLink'
import { usePathname } from 'next/navigation'

import { VerifyNotFound } from '@/components/verification/VerifyNotFound'
import { localePath, withoutLocale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { numberFromSegments } from '@/lib/noticeNumber'

export function NotFoundMessage() {
  const { locale, path } = withoutLocale(usePathname() ?? '/')
  const number = path.startsWith('/verify/')
    ? numberFromSegments(path.slice('/verify/'.length).split('/'))
    : null
  if (number) return <VerifyNotFound locale={locale} number={number} />
  const t = strings[locale]
  return (
    <div className="not-found" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <SiteLink href={localePath(locale)}>{t.backHome}</SiteLink>
      </p>
    </div>
  )
}
