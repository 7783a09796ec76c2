// The column's feeds: what a feed is, how to subscribe, and one RSS and one Atom address per
// section to copy into a reader. It reads nothing from the database; the benchmark also uses it as
// its trivial cached page.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import type { Metadata } from 'next'

import { feedWords } from '@/components/feeds/words'
import type { Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { feedNames, feedPath, feedTitle } from '@/lib/feeds/buildFeed'
import { pageMetadata } from '@/lib/pageMetadata'
import { absoluteUrl } from '@/lib/siteUrl'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return pageMetadata({
    locale,
    path: '/feeds',
    title: strings[locale].feeds,
    description: feedWords[locale].lead,
  })
}

export default async function FeedsPage({ params }: Props) {
  const { locale } = await params
  const w = feedWords[locale]
  return (
    <>
      <Breadcrumbs locale={locale} current={strings[locale].feeds} />
      <h1>{strings[locale].feeds}</h1>
      <p>{w.lead}</p>
      <h2>{w.howHeading}</h2>
      <ol>
        {w.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h2>{w.listHeading}</h2>
      <p>{w.rssOrAtom}</p>
      <ul className="item-list feed-list">
        {feedNames.map((name) => (
          <li key={name}>
            <h3>{feedTitle(locale, name)}</h3>
            {(['rss', 'atom'] as const).map((format) => (
              <p key={format}>
                {w.address(format === 'rss' ? 'RSS' : 'Atom')}:{' '}
                <a href={feedPath(locale, name, format)}>
                  <code>{absoluteUrl(feedPath(locale, name, format))}</code>
                </a>
              </p>
            ))}
          </li>
        ))}
      </ul>
    </>
  )
}
