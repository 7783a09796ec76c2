// Where a page sits in the column: 首页 / Home, the section (and any level between), then the
// page itself, so a reader who arrived from a shared link can climb back up.
import { SiteLink } from '@/components/layout/SiteLink'
import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { contentLang } from '@/lib/contentLanguage'

export type Crumb = { label: string; path: string }

type Props = { locale: Locale; trail?: Crumb[]; current: string }

export function Breadcrumbs({ locale, trail = [], current }: Props) {
  const t = strings[locale]
  return (
    <nav className="breadcrumb" aria-label={t.breadcrumb}>
      <ol>
        <li>
          <SiteLink href={localePath(locale)}>{t.home}</SiteLink>
        </li>
        {trail.map((crumb) => (
          <li key={crumb.path}>
            <SiteLink href={localePath(locale, crumb.path)} lang={contentLang(crumb.label, locale)}>
              {crumb.label}
            </SiteLink>
          </li>
        ))}
        <li aria-current="page" lang={contentLang(current, locale)}>
          {current}
        </li>
      </ol>
    </nav>
  )
}
