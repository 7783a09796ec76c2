// During a notice's public-notice period its page offers the objection form; otherwise nothing.
import type { Locale } from '@/i18n/locales'

import { ObjectionForm } from '../participation/ObjectionForm'
import { OfficeChannels } from '../participation/OfficeChannels'
import { words } from '../participation/words'
import type { PublicNotice } from './PublicNoticeBanner'

type Props = { locale: Locale; slug: string; notice: PublicNotice | undefined; withdrawn: boolean }

export function ObjectionSection({ locale, slug, notice, withdrawn }: Props) {
  if (withdrawn || notice?.state !== 'in-notice') return null
  const w = words[locale]
  return (
    <section className="objection" id="objection" aria-labelledby="objection-heading">
      <h2 id="objection-heading">{w.objectionHeading}</h2>
      <p>{w.objectionLead}</p>
      <ObjectionForm locale={locale} noticeSlug={slug} />
      <OfficeChannels locale={locale} />
    </section>
  )
}
