// A list of expert interpretations, newest first: the expert's name when the list has several
// authors, then title, date and summary. The interpretations list, a policy's page and an expert's
// profile share it.
import Link from 'next/link'

import { contentLang } from '@/lib/contentLanguage'
import { populated } from '@/data/publicQuery'
import { formatDate, localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
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
  if (articles.length === 0) return <p>{empty ?? strings[locale].nothingYet}</p>
  return (
    <ul className="item-list">
      {articles.map((article) => (
        <li key={article.id}>
          <ExpertName expert={article.expert} locale={locale} />
          <Link
            href={localePath(
              locale,
              documentPath('interpretations', article.slug ?? String(article.id)),
            )}
            lang={contentLang(article.title, locale)}
          >
            {article.title}
          </Link>
          <time dateTime={article.createdAt}>{formatDate(article.createdAt, locale)}</time>
          <p lang={contentLang(article.summary, locale)}>{article.summary}</p>
        </li>
      ))}
    </ul>
  )
}

function ExpertName({
  expert,
  locale,
}: {
  expert: ListedInterpretation['expert']
  locale: Locale
}) {
  const name = populated(expert)?.name
  if (!name) return null
  return (
    <span className="kicker">
      {interpretationWords[locale].by}
      {locale === 'zh' ? '：' : ' '}
      <span lang={contentLang(name, locale)}>{name}</span>
    </span>
  )
}
