// One unit's page: what it is, its yearly grades as a chart and a table, the notices that commend
// it a page at a time, the stories told about it and its officials who consented to publication.
// The plain address and its paged views (`?page=2`, rewritten to `view/page/2`) both render this.
import { Picture } from '@/components/pictures/Picture'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ItemList } from '@/components/layout/ItemList'
import { JsonLd } from '@/components/layout/JsonLd'
import { Pagination } from '@/components/layout/Pagination'
import { notFoundOrMoved } from '@/data/redirects'
import { getUnit } from '@/data/units'
import { inLocale, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { categoryLabels, kindLabels } from '@/lib/assessmentCategories'
import { contentLang } from '@/lib/contentLanguage'
import { pageMetadata } from '@/lib/pageMetadata'
import { documentPath, sectionPaths } from '@/lib/publicPaths'

import { GradeChart } from './GradeChart'
import { GradeTable } from './GradeTable'
import { unitJsonLd } from './unitJsonLd'
import { UnitPeople } from './UnitPeople'
import { UnitStories } from './UnitStories'
import { unitWords } from './words'

type Props = { locale: Locale; slug: string; page: number }

/**
 * The unit; otherwise its new address when the slug changed, or the not-found page when it is not
 * published or the page is past the last.
 */
const unitOrNotFound = async ({ locale, slug, page }: Props) => {
  const unit = await getUnit(slug, locale, page)
  if (!unit) return notFoundOrMoved(locale, documentPath('units', slug))
  if (page > Math.max(unit.commendations.totalPages, 1)) notFound()
  return unit
}

const pathOf = (slug: string, page: number) =>
  `${documentPath('units', slug)}${page > 1 ? `?page=${page}` : ''}`

export async function unitMetadata(props: Props): Promise<Metadata> {
  const unit = await unitOrNotFound(props)
  const { locale, slug, page } = props
  const title =
    page > 1
      ? `${unit.name} · ${strings[locale].pageOf(page, unit.commendations.totalPages)}`
      : unit.name
  return pageMetadata({
    locale,
    path: pathOf(slug, page),
    title,
    description: `${inLocale(kindLabels[unit.kind], locale)} · ${inLocale(categoryLabels[unit.assessmentCategory], locale)}`,
  })
}

export async function UnitPage(props: Props) {
  const unit = await unitOrNotFound(props)
  const { locale, slug, page } = props
  const w = unitWords[locale]
  const notices = unit.commendations
  return (
    <article className="unit-profile">
      <JsonLd data={unitJsonLd(unit, locale, documentPath('units', slug))} />
      <Breadcrumbs
        locale={locale}
        trail={[{ label: strings[locale].units, path: sectionPaths.units }]}
        current={unit.name}
      />
      <h1 lang={contentLang(unit.name, locale)}>{unit.name}</h1>
      <Picture
        media={unit.image}
        shape="landscape"
        sizes="(min-width: 72rem) 69rem, 100vw"
        eager
        className="lead-picture"
      />
      <dl className="unit-facts">
        <dt>{w.kind}</dt>
        <dd>{inLocale(kindLabels[unit.kind], locale)}</dd>
        <dt>{w.category}</dt>
        <dd>{inLocale(categoryLabels[unit.assessmentCategory], locale)}</dd>
      </dl>

      <section aria-labelledby="unit-grades">
        <h2 id="unit-grades">{w.grades}</h2>
        {unit.grades.length > 0 ? (
          <div className="unit-grades">
            <GradeChart unitName={unit.name} rows={unit.grades} locale={locale} />
            <GradeTable rows={unit.grades} locale={locale} />
          </div>
        ) : (
          <p>{w.noGrades}</p>
        )}
      </section>

      <section aria-labelledby="unit-commendations">
        <h2 id="unit-commendations">{w.commendations}</h2>
        <ItemList
          locale={locale}
          items={notices.docs.map((notice) => ({
            id: notice.id,
            href: documentPath('commendations', notice.slug ?? String(notice.id)),
            title: notice.title,
            date: notice.issuedAt,
            kicker: notice.noticeNumber,
          }))}
        />
        <Pagination
          locale={locale}
          basePath={documentPath('units', slug)}
          filters={{}}
          page={page}
          totalPages={notices.totalPages}
        />
      </section>

      <section aria-labelledby="unit-stories">
        <h2 id="unit-stories">{w.stories}</h2>
        <UnitStories stories={unit.stories.docs} locale={locale} />
      </section>

      {unit.people.length > 0 ? (
        <section aria-labelledby="unit-people">
          <h2 id="unit-people">{w.people}</h2>
          <UnitPeople people={unit.people} locale={locale} />
        </section>
      ) : null}
    </article>
  )
}
