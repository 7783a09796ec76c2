// One page of notices: each with its number, title (the link to it), issuing body, date and
// mechanism, in the order an official record is cited.
import { SiteLink } from '@/components/layout/SiteLink'

import type { Mechanism } from '@/fields/mechanism'
import { mechanismLabels } from '@/fields/mechanism'
import { formatDate, localePath, type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'
import { publicNoticeStateLabels } from '@/collections/Commendations/publicNotice'

import { contentLang } from '@/lib/contentLanguage'
import { words } from './words'

export type ListedNotice = {
  id: number | string
  slug?: string | null
  title: string
  noticeNumber: string
  issuingBody: string
  issuedAt: string
  mechanism: Mechanism
  publicNotice?: { state?: 'in-notice' | 'final' | null } | null
}

export function NoticeList({ notices, locale }: { notices: ListedNotice[]; locale: Locale }) {
  const w = words[locale]
  return (
    <ol className="notice-list">
      {notices.map((notice) => (
        <li key={notice.id}>
          <h3 lang={contentLang(notice.title, locale)}>
            <SiteLink
              href={localePath(
                locale,
                documentPath('commendations', notice.slug ?? String(notice.id)),
              )}
            >
              {notice.title}
            </SiteLink>
          </h3>
          <dl className="notice-meta">
            <div>
              <dt>{w.noticeNumber}</dt>
              <dd lang={contentLang(notice.noticeNumber, locale)}>{notice.noticeNumber}</dd>
            </div>
            <div>
              <dt>{w.issuingBody}</dt>
              <dd lang={contentLang(notice.issuingBody, locale)}>{notice.issuingBody}</dd>
            </div>
            <div>
              <dt>{w.issuedAt}</dt>
              <dd>
                <time dateTime={notice.issuedAt.slice(0, 10)}>
                  {formatDate(notice.issuedAt, locale)}
                </time>
              </dd>
            </div>
            <div>
              <dt>{w.mechanism}</dt>
              <dd>{mechanismLabels[notice.mechanism][locale]}</dd>
            </div>
            {notice.publicNotice?.state ? (
              <div>
                <dt>{w.publicNotice}</dt>
                <dd>{publicNoticeStateLabels[notice.publicNotice.state][locale]}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ol>
  )
}
