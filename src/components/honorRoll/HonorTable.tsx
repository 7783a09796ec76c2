// One page of a group of the honor roll: each awardee with the honor title and the notice that
// conferred it. Units link to their pages; a person links to theirs only if they consented,
// otherwise they appear by masked name and position.
import Link from 'next/link'

import { textLanguage } from '@/components/commendations/textLanguage'
import type { NoticeHonors } from '@/data/honorRoll'
import { formatDate, localePath, type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'

import { words } from './words'

type Props = { locale: Locale; caption: string; people: boolean; notices: NoticeHonors[] }

export function HonorTable({ locale, caption, people, notices }: Props) {
  const w = words[locale]
  const lang = (text: string | null | undefined) => textLanguage(text, locale)
  const rows = notices.flatMap(({ notice, entries }) =>
    entries.map((entry, index) => ({ notice, entry, key: `${notice.id}-${index}` })),
  )
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="honor-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{people ? w.person : w.unit}</th>
            {people ? <th scope="col">{w.position}</th> : null}
            <th scope="col">{w.honorTitle}</th>
            <th scope="col">{w.notice}</th>
            <th scope="col">{w.issuedAt}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ notice, entry, key }) => {
            const name = entry.unit?.name ?? entry.person?.publicName ?? ''
            const slug = entry.unit?.slug ?? entry.person?.slug
            const section = entry.unit ? 'units' : 'people'
            return (
              <tr key={key}>
                <th scope="row" lang={lang(name)}>
                  {slug ? (
                    <Link href={localePath(locale, documentPath(section, slug))}>{name}</Link>
                  ) : (
                    name
                  )}
                </th>
                {people ? (
                  <td lang={lang(entry.person?.position)}>{entry.person?.position}</td>
                ) : null}
                <td lang={lang(entry.honorTitle)}>{entry.honorTitle}</td>
                <td>
                  <Link
                    href={localePath(
                      locale,
                      documentPath('commendations', notice.slug ?? String(notice.id)),
                    )}
                    lang={lang(notice.title)}
                  >
                    {notice.title}
                  </Link>
                  <span className="honor-notice-number" lang={lang(notice.noticeNumber)}>
                    {notice.noticeNumber}
                  </span>
                </td>
                <td>
                  <time dateTime={notice.issuedAt.slice(0, 10)}>
                    {formatDate(notice.issuedAt, locale)}
                  </time>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
