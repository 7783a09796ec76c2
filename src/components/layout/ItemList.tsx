// A plain list of published items, newest first: an optional kicker, the title linking to the
// item's page, its date and summary beneath. Home, every section's list and related-item lists
// share it; Chinese text on the English site is marked as such.
import { Picture } from '@/components/pictures/Picture'
import type { Media } from '@/payload-types'
import { SiteLink } from '@/components/layout/SiteLink'
import type { ReactNode } from 'react'

import { formatDate, localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { contentLang } from '@/lib/contentLanguage'

export type ListedItem = {
  id: number | string
  href: string
  title: string
  date?: string | null
  summary?: string | null
  /** A short label before the title, such as a notice number or a story's polarity. */
  kicker?: ReactNode
  className?: string
  /** A small 16:9 picture beside the item (a story's). */
  picture?: number | Media | null
}

type Props = { items: ListedItem[]; locale: Locale; className?: string; empty?: string }

export function ItemList({ items, locale, className, empty }: Props) {
  if (items.length === 0) return <p>{empty ?? strings[locale].nothingYet}</p>
  const lang = (text: string) => contentLang(text, locale)
  return (
    <ul className={className ? `item-list ${className}` : 'item-list'}>
      {items.map((item) => (
        <li
          key={item.id}
          className={
            [item.className, item.picture ? 'item-with-picture' : null].filter(Boolean).join(' ') ||
            undefined
          }
        >
          {item.picture ? <Picture media={item.picture} shape="landscape" sizes="8rem" /> : null}
          {item.kicker ? (
            <span
              className="kicker"
              lang={typeof item.kicker === 'string' ? lang(item.kicker) : undefined}
            >
              {item.kicker}
            </span>
          ) : null}
          <SiteLink href={localePath(locale, item.href)} lang={lang(item.title)}>
            {item.title}
          </SiteLink>
          {item.date ? <time dateTime={item.date}>{formatDate(item.date, locale)}</time> : null}
          {item.summary ? <p lang={lang(item.summary)}>{item.summary}</p> : null}
        </li>
      ))}
    </ul>
  )
}
