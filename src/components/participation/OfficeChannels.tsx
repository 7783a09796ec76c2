// The office's other channels beside a public form: a reader who would rather telephone or write
// a letter learns how, from the site settings an administrator keeps.
import { getSiteSettings } from '@/data/siteSettings'
import type { Locale } from '@/i18n/locales'
import { contentLang } from '@/lib/contentLanguage'

import { channelWords } from './channelWords'

export async function OfficeChannels({ locale }: { locale: Locale }) {
  const w = channelWords[locale]
  const s = await getSiteSettings(locale)
  const channels = [
    ['telephone', s.telephone],
    ['address', s.address],
    ['email', s.email],
  ] as const
  if (!channels.some(([, value]) => value)) return null
  return (
    <aside className="office-channels" aria-labelledby="office-channels-heading">
      <h2 id="office-channels-heading">{w.otherChannels}</h2>
      <p>{w.channelsLead}</p>
      <dl>
        {channels.map(([key, value]) =>
          value ? (
            <div key={key}>
              <dt>{w[key]}</dt>
              <dd lang={contentLang(value, locale)}>
                {key === 'telephone' ? (
                  <a href={`tel:${value.replace(/[^\d+]/g, '')}`}>{value}</a>
                ) : key === 'email' ? (
                  <a href={`mailto:${value}`}>{value}</a>
                ) : (
                  value
                )}
              </dd>
            </div>
          ) : null,
        )}
      </dl>
    </aside>
  )
}
