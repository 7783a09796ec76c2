// The title and canonical address of a page of the interpretations list.
import { withoutLocale, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { listHref } from '@/lib/listView'
import { pageMetadata } from '@/lib/pageMetadata'
import { sectionPaths } from '@/lib/publicPaths'

import { interpretationWords } from './interpretationWords'

export const interpretationListMetadata = (locale: Locale, page: number) => {
  const w = interpretationWords[locale]
  const section = strings[locale].interpretations
  const { path } = withoutLocale(listHref(locale, sectionPaths.interpretations, { page }))
  const title = page > 1 ? `${w.pageNumber(page)} · ${section}` : section
  return pageMetadata({ locale, path, title, description: w.lead })
}
