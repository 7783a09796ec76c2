'use client'
// Next gives a not-found page no route parameters, so the reader's language is read from the
// address. Rendered on the server as well, so it reads right without JavaScript. A verification
// address that found no notice says so ("no such notice"). A reader who followed a broken link is
// given the ways on: the breadcrumb home, a search box and the column's sections.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { SiteLink } from '@/components/layout/SiteLink'
import { SearchForm } from '@/components/search/SearchForm'
import { usePathname } from 'next/navigation'

import { VerifyNotFound } from '@/components/verification/VerifyNotFound'
import { localePath, withoutLocale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { numberFromSegments } from '@/lib/noticeNumber'

import { sections } from './chromeWords'

export function NotFoundMessage() {
  const { locale, path } = withoutLocale(usePathname() ?? '/')
  const number = path.startsWith('/verify/')
    ? numberFromSegments(path.slice('/verify/'.length).split('/'))
    : null
  if (number) return <VerifyNotFound locale={locale} number={number} />
  const t = strings[locale]
  return (
    <div className="not-found" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <Breadcrumbs locale={locale} current={t.notFoundTitle} />
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <SearchForm locale={locale} id="not-found-search" />
      <h2>{t.notFoundSections}</h2>
      <ul className="not-found-sections">
        {sections.map(([key, sectionPath]) => (
          <li key={key}>
            <SiteLink href={localePath(locale, sectionPath)}>{t[key]}</SiteLink>
          </li>
        ))}
      </ul>
      <p>
        <SiteLink href={localePath(locale)}>{t.backHome}</SiteLink>
      </p>
    </div>
  )
}
