// A list of expert interpretations, newest first: title, date and summary. The interpretations
// list, a policy's page and an expert's profile share it.
import Link from 'next/link'

import { contentLang } from '@/components/stories/contentLang'
import { formatDate, localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { documentPath } from '@/lib/publicPaths'

export type ListedInterpretation = {
  id: number | string
  slug?: string | null
  title: string
  summary: string
  createdAt: string
}

type Props = { articles: ListedInterpretation[]; locale: Locale; empty?: string }

export function InterpretationItems({ articles, locale, empty }: Props) {
  if (articles.length === 0) return <p>{empty ?? strings[locale].nothingYet}</p>
  return (
    <ul className="item-list">
      {articles.map((article) => (
        <li key={article.id}>
          <Link
            href={localePath(
              locale,
              documentPath('interpretations', article.slug ?? String(article.id)),
            )}
            lang={contentLang(locale, article.title)}
          >
            {article.title}
          </Link>
          <time dateTime={article.createdAt}>{formatDate(article.createdAt, locale)}</time>
          <p lang={contentLang(locale, article.summary)}>{article.summary}</p>
        </li>
      ))}
    </ul>
  )
}
