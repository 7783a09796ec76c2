// The verification form: a plain GET form that works without JavaScript. The proxy turns its
// `?number=` into the result's own cached address (src/proxy.ts).
import { localePath, type Locale } from '@/i18n/locales'

import { verifyWords } from './words'

export function VerifyForm({ locale, number }: { locale: Locale; number?: string }) {
  const w = verifyWords[locale]
  return (
    <form className="verify-form" method="get" action={localePath(locale, '/verify')}>
      <label htmlFor="verify-number">{w.label}</label>
      <p id="verify-hint" className="verify-hint">
        {w.hint}
      </p>
      <div className="verify-row">
        <input
          id="verify-number"
          name="number"
          type="text"
          required
          maxLength={100}
          defaultValue={number}
          aria-describedby="verify-hint"
          autoComplete="off"
          lang="zh-CN"
        />
        <button type="submit">{w.submit}</button>
      </div>
    </form>
  )
}
