'use client'
// Next gives a not-found page no route parameters, so the reader's language is read from the
// address. Rendered on the server as well, so it reads right without JavaScript.
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { localePath, withoutLocale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

export function NotFoundMessage() {
  const { locale } = withoutLocale(usePathname() ?? '/')
  const t = strings[locale]
  return (
    <div className="not-found" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link href={localePath(locale)}>{t.backHome}</Link>
      </p>
    </div>
  )
}
