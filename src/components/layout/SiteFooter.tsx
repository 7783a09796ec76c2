import { openDataWords } from '@/components/openData/words'
import { verifyWords } from '@/components/verification/words'
import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

import { words } from '../participation/words'

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = strings[locale]
  return (
    <footer className="site-footer">
      <p>{t.footer}</p>
      <p>
        <a href={localePath(locale, '/nominate')}>{words[locale].nominateLink}</a>
      </p>
      <p>
        {/* The page that explains feeds, not the raw XML a browser would show. */}
        <a href={localePath(locale, '/feeds')}>{t.feeds}</a>
      </p>
      <p>
        <a href={localePath(locale, '/verify')}>{verifyWords[locale].heading}</a> ·{' '}
        <a href={localePath(locale, '/open-data')}>{openDataWords[locale].heading}</a>
      </p>
    </footer>
  )
}
