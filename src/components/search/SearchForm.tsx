// The search box: a plain GET form, so searching works without JavaScript. The page has a large
// one; the site header a compact one.
import { localePath, type Locale } from '@/i18n/locales'
import { MAX_QUERY_LENGTH } from '@/search/terms'

import { words } from './words'

type Props = { locale: Locale; q?: string; id: string; compact?: boolean }

export function SearchForm({ locale, q = '', id, compact = false }: Props) {
  const w = words[locale]
  return (
    <form
      role="search"
      aria-label={compact ? w.headerLabel : w.heading}
      className={compact ? 'search-form search-form-compact' : 'search-form'}
      method="get"
      action={localePath(locale, '/search')}
    >
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {w.queryLabel}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={q}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
      />
      <button type="submit">{w.submit}</button>
    </form>
  )
}
