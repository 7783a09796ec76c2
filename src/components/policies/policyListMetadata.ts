// The title and canonical address of a page of the policy list.
import { withoutLocale, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { listHref } from '@/lib/listView'
import { pageMetadata } from '@/lib/pageMetadata'
import { sectionPaths } from '@/lib/publicPaths'

import { policyWords } from './policyWords'

export const policyListMetadata = (locale: Locale, page: number) => {
  const w = policyWords[locale]
  const section = strings[locale].policies
  const { path } = withoutLocale(listHref(locale, sectionPaths.policies, { page }))
  const title = page > 1 ? `${w.pageNumber(page)} · ${section}` : section
  return pageMetadata({ locale, path, title, description: w.lead })
}
