// The masthead every public page shares: the column's name, its sections, the search box and the
// language switch.
import { SiteLink } from '@/components/layout/SiteLink'

import { SearchForm } from '@/components/search/SearchForm'
import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

import { LanguageSwitch } from './LanguageSwitch'

const sections = [
  ['commendations', '/commendations'],
  ['stories', '/model-stories'],
  ['interpretations', '/interpretations'],
  ['policies', '/policies'],
  ['units', '/units'],
  ['honorRoll', '/honor-roll'],
] as const

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = strings[locale]
  return (
    <header className="site-header">
      <div className="masthead">
        <SiteLink className="site-name" href={localePath(locale)}>
          {t.siteName}
        </SiteLink>
        <SearchForm locale={locale} id="site-search" compact />
        <LanguageSwitch label={t.languageSwitchLabel} text={t.languageSwitch} />
      </div>
      <nav aria-label={t.mainNavigation}>
        <ul className="site-nav">
          {sections.map(([key, path]) => (
            <li key={key}>
              <SiteLink href={localePath(locale, path)}>{t[key]}</SiteLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
