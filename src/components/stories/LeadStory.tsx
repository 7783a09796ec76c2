// The home page's lead: the newest advanced model with its picture, title, date and summary, as
// a news front page opens with its main story. Its picture is the first a reader sees: not lazy.
import { SiteLink } from '@/components/layout/SiteLink'
import { Picture } from '@/components/pictures/Picture'
import type { ColumnItem } from '@/data/latest'
import { formatDate, localePath, type Locale } from '@/i18n/locales'
import { contentLang } from '@/lib/contentLanguage'

type Props = { item: ColumnItem; label: string; locale: Locale }

export function LeadStory({ item, label, locale }: Props) {
  const lang = (text: string | null | undefined) => contentLang(text, locale)
  return (
    <article className="lead-story" aria-labelledby="lead-story-title">
      <Picture
        media={item.image}
        shape="landscape"
        sizes="(min-width: 72rem) 44rem, (min-width: 48rem) 60vw, 100vw"
        eager
      />
      <p className="kicker">{label}</p>
      <h2 id="lead-story-title" lang={lang(item.title)}>
        <SiteLink href={localePath(locale, item.href)}>{item.title}</SiteLink>
      </h2>
      <time dateTime={item.date}>{formatDate(item.date, locale)}</time>
      {item.summary ? <p lang={lang(item.summary)}>{item.summary}</p> : null}
    </article>
  )
}
