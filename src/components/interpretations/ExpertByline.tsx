// Who wrote an interpretation and why their word carries weight: the expert's name, linked to their
// profile, with their title, affiliation and credentials.
import { SiteLink } from '@/components/layout/SiteLink'

import { contentLang } from '@/lib/contentLanguage'
import { localePath, type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'
import type { Expert } from '@/payload-types'

import { interpretationWords } from './interpretationWords'

export type Byline = Pick<Expert, 'name' | 'slug' | 'title' | 'affiliation' | 'credentials'>

export function ExpertByline({ expert, locale }: { expert: Byline; locale: Locale }) {
  const w = interpretationWords[locale]
  const standing = [expert.title, expert.affiliation].filter(Boolean).join(' · ')
  return (
    <div className="byline">
      <p className="byline-name">
        {w.by}
        {locale === 'zh' ? '：' : ' '}
        {expert.slug ? (
          <SiteLink
            href={localePath(locale, documentPath('experts', expert.slug))}
            rel="author"
            lang={contentLang(expert.name, locale)}
          >
            {expert.name}
          </SiteLink>
        ) : (
          <span lang={contentLang(expert.name, locale)}>{expert.name}</span>
        )}
      </p>
      {standing ? (
        <p className="byline-standing" lang={contentLang(standing, locale)}>
          {standing}
        </p>
      ) : null}
      {expert.credentials ? (
        <p className="byline-credentials" lang={contentLang(expert.credentials, locale)}>
          {expert.credentials}
        </p>
      ) : null}
    </div>
  )
}
