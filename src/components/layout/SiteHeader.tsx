// The masthead every public page shares. A top bar with the reading modes and the language
// switch; the red band with the district's emblem, its name and the column's; then the sections.
// On a phone the band keeps only the title, a search icon and a menu: the menu is a <details>
// element, so it opens without JavaScript and by keyboard. On a wide screen the sections and the
// search box show instead (both are in the page once per layout; CSS shows one or the other).
import { SiteLink } from '@/components/layout/SiteLink'
import { SearchForm } from '@/components/search/SearchForm'
import { getSiteSettings } from '@/data/siteSettings'
import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { contentLang } from '@/lib/contentLanguage'

import { chromeWords, sections, services } from './chromeWords'
import { Icon } from './Icon'
import { LanguageSwitch } from './LanguageSwitch'
import { ReadingModes } from './ReadingModes'
import { SiteEmblem } from './SiteEmblem'

function NavLinks({ locale }: { locale: Locale }) {
  const t = strings[locale]
  const c = chromeWords[locale]
  return (
    <>
      <ul className="nav-sections">
        <li>
          <SiteLink href={localePath(locale)}>{t.home}</SiteLink>
        </li>
        {sections.map(([key, path]) => (
          <li key={key}>
            <SiteLink href={localePath(locale, path)}>{t[key]}</SiteLink>
          </li>
        ))}
      </ul>
      <ul className="nav-services">
        {services.map(([key, path]) => (
          <li key={key}>
            <SiteLink href={localePath(locale, path)}>{c[key]}</SiteLink>
          </li>
        ))}
      </ul>
    </>
  )
}

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = strings[locale]
  const c = chromeWords[locale]
  const settings = await getSiteSettings(locale)
  const columnName = settings.columnName || t.siteName
  return (
    <header className="site-header">
      <div className="top-bar">
        <div className="top-bar-inner">
          <ReadingModes locale={locale} />
          <LanguageSwitch label={t.languageSwitchLabel} text={t.languageSwitch} />
        </div>
      </div>
      <div className="masthead">
        <div className="masthead-inner">
          <SiteLink className="site-identity" href={localePath(locale)}>
            <SiteEmblem emblem={settings.emblem} />
            <span className="site-titles">
              {settings.district ? (
                <span className="site-district" lang={contentLang(settings.district, locale)}>
                  {settings.district}
                </span>
              ) : null}
              <span className="site-name" lang={contentLang(columnName, locale)}>
                {columnName}
              </span>
            </span>
          </SiteLink>
          <div className="masthead-search">
            <SearchForm locale={locale} id="site-search" compact />
          </div>
          <SiteLink className="masthead-icon search-icon" href={localePath(locale, '/search')}>
            <Icon name="search" />
            <span className="icon-label">{c.search}</span>
          </SiteLink>
          <details className="site-menu">
            <summary className="masthead-icon">
              <Icon name="menu" />
              <span className="icon-label">{c.menu}</span>
            </summary>
            <nav className="menu-panel" aria-label={t.mainNavigation}>
              <NavLinks locale={locale} />
            </nav>
          </details>
        </div>
      </div>
      <nav className="site-nav" aria-label={t.mainNavigation}>
        <div className="site-nav-inner">
          <NavLinks locale={locale} />
        </div>
      </nav>
    </header>
  )
}
