// An expert's public profile: name, standing, credentials, biography, photo when there is one, and
// the interpretations published under their name.
import Image from 'next/image'

import { JsonLd } from '@/components/layout/JsonLd'
import { contentLang } from '@/lib/contentLanguage'
import type { getExpert } from '@/data/experts'
import { populated } from '@/data/publicQuery'
import type { Locale } from '@/i18n/locales'

import { expertJsonLd } from './expertJsonLd'
import { InterpretationItems } from './InterpretationItems'
import { interpretationWords } from './interpretationWords'

import '@/components/stories/sections.css'
import './interpretations.css'

type Expert = NonNullable<Awaited<ReturnType<typeof getExpert>>>

export function ExpertProfile({ expert, locale }: { expert: Expert; locale: Locale }) {
  const w = interpretationWords[locale]
  const photo = populated(expert.photo)
  const standing = [expert.title, expert.affiliation].filter(Boolean).join(' · ')
  return (
    <>
      <article
        className={photo?.url ? 'expert-profile expert-profile--with-photo' : 'expert-profile'}
      >
        {photo?.url && photo.width && photo.height ? (
          <Image
            className="expert-photo"
            src={photo.url}
            alt={photo.alt}
            width={photo.width}
            height={photo.height}
            sizes="10rem"
          />
        ) : null}
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
