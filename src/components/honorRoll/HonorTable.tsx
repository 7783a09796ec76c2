// One page of a group of the honor roll: each notice once, with everyone in the group it
// commended and their honor titles. Units link to their pages; a person links to theirs only if
// they consented, otherwise they appear by masked name and position. Naming each notice once
// (not once per awardee) keeps a page of twenty notices small enough to serve quickly.
import { SiteLink } from '@/components/layout/SiteLink'

import { contentLang } from '@/lib/contentLanguage'
import type { NoticeHonors } from '@/data/honorRoll'
import { formatDate, localePath, type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'

type Props = { locale: Locale; caption: string; people: boolean; notices: NoticeHonors[] }

export function HonorTable({ locale, caption, notices }: Props) {
  const lang = (text: string | null | undefined) => contentLang(text, locale)
  const [open, close, colon] = locale === 'zh' ? ['（', '）', '：'] : [' (', ')', ': ']
  return (
    <ol className="honor-notices" aria-label={caption}>
      {notices.map(({ notice, entries }) => (
        <li key={notice.id}>
          <h3 lang={lang(notice.title)}>
            <SiteLink
              href={localePath(
                locale,
                documentPath('commendations', notice.slug ?? String(notice.id)),
              )}
            >
              {notice.title}
            </SiteLink>
          </h3>
          <p className="honor-notice-number">
            <span lang={lang(notice.noticeNumber)}>{notice.noticeNumber}</span> ·{' '}
            <time dateTime={notice.issuedAt.slice(0, 10)}>
              {formatDate(notice.issuedAt, locale)}
            </time>
          </p>
          <ul className="honor-awardees">
            {entries.map((entry, index) => {
              const name = entry.unit?.name ?? entry.person?.publicName ?? ''
              const slug = entry.unit?.slug ?? entry.person?.slug
              const section = entry.unit ? 'units' : 'people'
              return (
                <li key={index}>
                  <span lang={lang(name)}>
                    {slug ? (
                      <SiteLink href={localePath(locale, documentPath(section, slug))}>
                        {name}
                      </SiteLink>
                    ) : (
                      name
                    )}
                  </span>
                  {entry.person?.position ? (
                    <span lang={lang(entry.person.position)}>
                      {open}
                      {entry.person.position}
                      {close}
                    </span>
                  ) : null}
                  {colon}
                  <span lang={lang(entry.honorTitle)}>{entry.honorTitle}</span>
                </li>
              )
            })}
          </ul>
        </li>
      ))}
    </ol>
  )
}
