// The column's feeds, one RSS and one Atom address per section, for readers to subscribe to.
// It reads nothing from the database; the benchmark also uses it as its trivial cached page.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import type { Metadata } from 'next'

import type { Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { feedNames, feedPath, feedTitle } from '@/lib/feeds/buildFeed'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return pageMetadata({ locale, path: '/feeds', title: strings[locale].feeds })
}

export default async function FeedsPage({ params }: Props) {
  const { locale } = await params
  return (
    <>
      <Breadcrumbs locale={locale} current={strings[locale].feeds} />
      <h1>{strings[locale].feeds}</h1>
      <ul className="item-list">
        {feedNames.map((name) => (
          <li key={name}>
            {feedTitle(locale, name)}: <a href={feedPath(locale, name, 'rss')}>RSS 2.0</a> ·{' '}
            <a href={feedPath(locale, name, 'atom')}>Atom</a>
          </li>
        ))}
      </ul>
    </>
  )
}
