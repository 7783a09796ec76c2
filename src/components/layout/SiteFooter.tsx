// The footer block a Chinese government website carries: the site's services, then who runs it
// (主办单位, 承办单位), how to reach them, and its registration numbers with their look-ups, all
// from the site settings an administrator keeps.
import { SiteLink } from '@/components/layout/SiteLink'
import { getSiteSettings } from '@/data/siteSettings'
import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { contentLang } from '@/lib/contentLanguage'

import { chromeWords } from './chromeWords'

const serviceLinks = [
  ['nominate', '/nominate'],
  ['verify', '/verify'],
  ['openData', '/open-data'],
  ['feeds', '/feeds'],
] as const

export async function SiteFooter({ locale }: { locale: Locale }) {
  const c = chromeWords[locale]
  const s = await getSiteSettings(locale)
  const lang = (text: string | null | undefined) => contentLang(text, locale)
  const facts = [
    ['sponsor', s.sponsor],
    ['organiser', s.organiser],
    ['address', s.address],
  ] as const
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <nav aria-label={c.services}>
          <ul className="footer-services">
            {serviceLinks.map(([key, path]) => (
              <li key={key}>
                <SiteLink href={localePath(locale, path)}>{c[key]}</SiteLink>
              </li>
            ))}
          </ul>
        </nav>
        <section className="footer-facts" aria-label={c.siteFacts}>
          <p>
            {facts.map(([key, value]) =>
              value ? (
                <span key={key}>
                  {c[key]}
                  {locale === 'zh' ? '：' : ': '}
                  <span lang={lang(value)}>{value}</span>
                </span>
              ) : null,
            )}
          </p>
          <p>
            {s.telephone ? (
              <span>
                {c.telephone}
                {locale === 'zh' ? '：' : ': '}
                <a href={`tel:${s.telephone.replace(/[^\d+]/g, '')}`}>{s.telephone}</a>
              </span>
            ) : null}
            {s.email ? (
              <span>
                {c.email}
                {locale === 'zh' ? '：' : ': '}
                <a href={`mailto:${s.email}`}>{s.email}</a>
              </span>
            ) : null}
          </p>
          <p className="footer-records">
            {s.websiteCode ? (
              <span>
                {c.websiteCode}
                {locale === 'zh' ? '：' : ': '}
                {s.websiteCode}
              </span>
            ) : null}
            {s.icpNumber ? (
              <span lang={lang(s.icpNumber)}>
                {s.icpLink ? <a href={s.icpLink}>{s.icpNumber}</a> : s.icpNumber}
              </span>
            ) : null}
            {s.publicSecurityNumber ? (
              <span lang={lang(s.publicSecurityNumber)}>
                {s.publicSecurityLink ? (
                  <a href={s.publicSecurityLink}>{s.publicSecurityNumber}</a>
                ) : (
                  s.publicSecurityNumber
                )}
              </span>
            ) : null}
          </p>
          {!s.sponsor ? <p>{strings[locale].footer}</p> : null}
        </section>
      </div>
    </footer>
  )
}
