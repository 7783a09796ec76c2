// "No such notice": what a verification address answers (with status 404) when no published notice
// has the number. Drawn by the not-found message, which knows the address but not the page.
import type { Locale } from '@/i18n/locales'

import { VerifyForm } from './VerifyForm'
import { verifyWords } from './words'

export function VerifyNotFound({ locale, number }: { locale: Locale; number: string }) {
  const w = verifyWords[locale]
  return (
    <div className="not-found" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{w.notFoundTitle}</h1>
      <p>{w.notFoundBody(number)}</p>
      <VerifyForm locale={locale} number={number} />
    </div>
  )
}
