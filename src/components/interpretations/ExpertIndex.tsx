// The experts who write for the column, by name, each with their standing and a link to their
// profile.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { SiteLink } from '@/components/layout/SiteLink'

import { contentLang } from '@/lib/contentLanguage'
import { getExpertIndex } from '@/data/experts'
import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { documentPath, sectionPaths } from '@/lib/publicPaths'

import { interpretationWords } from './interpretationWords'

export async function ExpertIndex({ locale }: { locale: Locale }) {
  const w = interpretationWords[locale]
  const experts = await getExpertIndex(locale)
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ label: strings[locale].interpretations, path: sectionPaths.interpretations }]}
        current={w.experts}
      />
      <h1>{w.experts}</h1>
      <p className="section-lead">{w.expertsLead}</p>
      {experts.length === 0 ? <p>{strings[locale].nothingYet}</p> : null}
      <ul className="item-list" hidden={experts.length === 0}>
        {experts.map((expert) => {
          const standing = [expert.title, expert.affiliation].filter(Boolean).join(' · ')
          return (
            <li key={expert.id}>
              <SiteLink
                href={localePath(locale, documentPath('experts', expert.slug ?? String(expert.id)))}
                lang={contentLang(expert.name, locale)}
              >
                {expert.name}
              </SiteLink>
              {standing ? <p lang={contentLang(standing, locale)}>{standing}</p> : null}
            </li>
          )
        })}
      </ul>
    </>
  )
}
