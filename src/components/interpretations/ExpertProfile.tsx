// An expert's public profile: name, standing, credentials, biography, photo when there is one, and
// the interpretations published under their name.

import { sectionPaths } from '@/lib/publicPaths'
import { strings } from '@/i18n/strings'
import { Picture } from '@/components/pictures/Picture'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/layout/JsonLd'
import { contentLang } from '@/lib/contentLanguage'
import type { getExpert } from '@/data/experts'
import { populated } from '@/data/publicQuery'
import type { Locale } from '@/i18n/locales'

import { expertJsonLd } from './expertJsonLd'
import { InterpretationItems } from './InterpretationItems'
import { interpretationWords } from './interpretationWords'

type Expert = NonNullable<Awaited<ReturnType<typeof getExpert>>>

export function ExpertProfile({ expert, locale }: { expert: Expert; locale: Locale }) {
  const w = interpretationWords[locale]
  const photo = populated(expert.photo)
  const standing = [expert.title, expert.affiliation].filter(Boolean).join(' · ')
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[
          { label: strings[locale].interpretations, path: sectionPaths.interpretations },
          { label: w.experts, path: sectionPaths.experts },
        ]}
        current={expert.name}
      />
      <article
        className={photo?.url ? 'expert-profile expert-profile--with-photo' : 'expert-profile'}
      >
        <Picture media={photo} shape="portrait" sizes="10rem" eager className="expert-photo" />
        <div>
          <h1 lang={contentLang(expert.name, locale)}>{expert.name}</h1>
          {standing ? <p lang={contentLang(standing, locale)}>{standing}</p> : null}
          <dl className="facts">
            {expert.credentials ? (
              <>
                <dt>{w.credentials}</dt>
                <dd lang={contentLang(expert.credentials, locale)}>{expert.credentials}</dd>
              </>
            ) : null}
            {expert.bio ? (
              <>
                <dt>{w.bio}</dt>
                <dd lang={contentLang(expert.bio, locale)}>{expert.bio}</dd>
              </>
            ) : null}
          </dl>
        </div>
      </article>
      <section aria-labelledby="expert-articles">
        <h2 id="expert-articles">{w.articlesBy(expert.name)}</h2>
        <InterpretationItems articles={expert.interpretations} locale={locale} />
      </section>
      <JsonLd data={expertJsonLd(expert, locale)} />
    </>
  )
}
