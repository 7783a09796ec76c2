// A list of expert interpretations, newest first: the expert's name when the list has several
// authors, then title, date and summary. The interpretations list, a policy's page and an expert's
// profile share it.
import { ItemList } from '@/components/layout/ItemList'
import { contentLang } from '@/lib/contentLanguage'
import { populated } from '@/data/publicQuery'
import { type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'

import { interpretationWords } from './interpretationWords'

export type ListedInterpretation = {
  id: number | string
  slug?: string | null
  title: string
  summary: string
  createdAt: string
  expert?: number | { name: string } | null
}

type Props = { articles: ListedInterpretation[]; locale: Locale; empty?: string }

export function InterpretationItems({ articles, locale, empty }: Props) {
  return (
    <ItemList
      locale={locale}
      empty={empty}
      items={articles.map((article) => ({
        id: article.id,
        href: documentPath('interpretations', article.slug ?? String(article.id)),
        title: article.title,
        date: article.createdAt,
        summary: article.summary,
        kicker: byline(article.expert, locale),
      }))}
    />
  )
}

/** "By: name" before the title, when the article has a published expert profile. */
const byline = (expert: ListedInterpretation['expert'], locale: Locale) => {
  const name = populated(expert)?.name
  if (!name) return null
  return (
    <>
      {interpretationWords[locale].by}
      {locale === 'zh' ? '：' : ' '}
      <span lang={contentLang(name, locale)}>{name}</span>
    </>
  )
}
