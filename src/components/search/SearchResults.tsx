// One page of search results: each with its type, title (a link to its page), date and a passage
// with the matches marked.
import { SiteLink } from '@/components/layout/SiteLink'

import type { SearchResult } from '@/data/search'
import { formatDate, type Locale } from '@/i18n/locales'
import { contentLang } from '@/lib/contentLanguage'
import { indexedLabels } from '@/search/indexed'

import { Marked } from './Marked'

const plain = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('')

export function SearchResults({ results, locale }: { results: SearchResult[]; locale: Locale }) {
  return (
    <ol className="search-results">
      {results.map((result) => {
        const title = <Marked segments={result.title} />
        return (
          <li key={`${result.type}-${result.id}`}>
            <span className="kicker">
              {indexedLabels[result.type][locale]}
              {result.type === 'units' || result.type === 'people' ? null : (
                <>
                  {' · '}
                  <time dateTime={result.date}>{formatDate(result.date, locale)}</time>
                </>
              )}
            </span>
            <h3 lang={contentLang(plain(result.title), locale)}>
              {result.href ? <SiteLink href={result.href}>{title}</SiteLink> : title}
            </h3>
            {result.snippet.length ? (
              <p lang={contentLang(plain(result.snippet), locale)}>
                <Marked segments={result.snippet} />
              </p>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
