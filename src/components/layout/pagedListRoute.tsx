// The `view/[...view]` route of a list that is only paged (policies, interpretations): the
// cacheable path src/proxy.ts rewrites `?page=…` to. Such a list understands one view key,
// `page`; any other filter in the address is not a page of theirs, and answers not found.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ComponentType } from 'react'

import type { Locale } from '@/i18n/locales'
import { parseViewPath, wholeNumber, type View } from '@/lib/listView'

/** The page a view names (1 when none), or null when the view is not one of a paged list. */
export const pageOfView = (view: View): number | null => {
  const { page, ...others } = view
  if (Object.keys(others).length > 0) return null
  return page === undefined ? 1 : wholeNumber(page)
}

type Props = { params: Promise<{ locale: Locale; view: string[] }> }

const pageOf = (segments: string[]) => {
  const view = parseViewPath(segments)
  return view && pageOfView(view)
}

/** The metadata and the page of a paged list's view route, from its list view and metadata. */
export const pagedListRoute = (
  ListView: ComponentType<{ locale: Locale; page: number }>,
  listMetadata: (locale: Locale, page: number) => Metadata | Promise<Metadata>,
) => ({
  generateMetadata: async ({ params }: Props): Promise<Metadata> => {
    const { locale, view } = await params
    const page = pageOf(view)
    return page ? listMetadata(locale, page) : {}
  },
  Page: async function PagedListPage({ params }: Props) {
    const { locale, view } = await params
    const page = pageOf(view)
    if (!page) notFound()
    return <ListView locale={locale} page={page} />
  },
})
