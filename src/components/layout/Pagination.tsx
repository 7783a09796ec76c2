// Previous and next links for a paged list. Pages are plain links carrying the list's filters, so
// every page of every filtered view is a shareable address that works without JavaScript.
import { SiteLink } from '@/components/layout/SiteLink'

import type { Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { listHref } from '@/lib/listView'

type Props = {
  locale: Locale
  page: number
  totalPages: number
} & (
  | { basePath: string; filters: Record<string, string | number | undefined> }
  // Pages whose addresses are not list views (search results) name their own.
  | { hrefFor: (page: number) => string }
)

export function Pagination({ locale, page, totalPages, ...where }: Props) {
  if (totalPages <= 1) return null
  const t = strings[locale]
  const hrefFor =
    'hrefFor' in where
      ? where.hrefFor
      : (target: number) => listHref(locale, where.basePath, { ...where.filters, page: target })
  return (
    <nav className="pagination" aria-label={t.pagination}>
      {page > 1 ? (
        <SiteLink rel="prev" href={hrefFor(page - 1)}>
          {t.previousPage}
        </SiteLink>
      ) : null}
      <span aria-current="page">{t.pageOf(page, totalPages)}</span>
      {page < totalPages ? (
        <SiteLink rel="next" href={hrefFor(page + 1)}>
          {t.nextPage}
        </SiteLink>
      ) : null}
    </nav>
  )
}
