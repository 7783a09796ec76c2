// A plain list of published items, newest first: the title links to the item's page, with its
// date and summary beneath. Home, section lists and related-item lists share it.
import Link from 'next/link'

import { formatDate, localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

export type ListedItem = {
  id: number | string
  href: string
  title: string
  date?: string | null
  summary?: string | null
  /** A short label before the title, such as a notice number. */
  kicker?: string | null
}

export function ItemList({ items, locale }: { items: ListedItem[]; locale: Locale }) {
  if (items.length === 0) return <p>{strings[locale].nothingYet}</p>
  return (
    <ul className="item-list">
      {items.map((item) => (
        <li key={item.id}>
          {item.kicker ? <span className="kicker">{item.kicker}</span> : null}
          <Link href={localePath(locale, item.href)}>{item.title}</Link>
          {item.date ? <time dateTime={item.date}>{formatDate(item.date, locale)}</time> : null}
          {item.summary ? <p>{item.summary}</p> : null}
        </li>
      ))}
    </ul>
  )
}
