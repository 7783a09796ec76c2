// The column's front page: the newest notices, advanced models and warning cases, interpretations
// and policies, and the way to this year's honor roll.
import type { Metadata } from 'next'
import { SiteLink } from '@/components/layout/SiteLink'

import { ItemList } from '@/components/layout/ItemList'
import { LeadStory } from '@/components/stories/LeadStory'
import { getLatestColumn } from '@/data/latest'
import { localePath, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { pageMetadata } from '@/lib/pageMetadata'
import { honorRollPath, sectionPaths } from '@/lib/publicPaths'

type Props = { params: Promise<{ locale: Locale }> }

const words = {
  zh: {
    heading: '“三项机制”表彰宣传专栏',
    advancedModels: '先进典型',
    warningCases: '警示案例',
    honorRollTeaser: (year: number) => `${year} 年度光荣榜`,
    honorRollLead: '查看本年度受表彰的全部单位和个人。',
    lead: '头条',
    takePart: '参与和订阅',
    nominate: '推荐身边的先进典型',
    feeds: '订阅本栏目更新（RSS / Atom）',
    verify: '核验一份表彰通报的真伪',
  },
  en: {
    heading: 'The three-mechanisms commendation column',
    advancedModels: 'Advanced models',
    warningCases: 'Warning cases',
    honorRollTeaser: (year: number) => `Honor roll ${year}`,
    honorRollLead: 'Every unit and person commended this year.',
    lead: 'Lead story',
    takePart: 'Take part and follow',
    nominate: 'Recommend a model you know',
    feeds: 'Follow the column (RSS / Atom)',
    verify: 'Check that a notice is genuine',
  },
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = strings[locale]
  return {
    ...pageMetadata({ locale, path: '/', title: t.siteName, description: t.siteTagline }),
    title: { absolute: t.siteName },
  }
}

function Section(props: {
  id: string
  heading: string
  more: string
  locale: Locale
  className?: string
  children: React.ReactNode
}) {
  return (
    <section className={`column-section ${props.className ?? ''}`} aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      {props.children}
      <p className="more">
        <SiteLink href={localePath(props.locale, props.more)}>
          {strings[props.locale].more}
          <span className="visually-hidden">: {props.heading}</span>
        </SiteLink>
      </p>
    </section>
  )
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  const t = strings[locale]
  const w = words[locale]
  const column = await getLatestColumn(locale)
  const [lead, ...advancedModels] = column.advancedModels
  return (
    <>
      <h1 className="home-heading">{w.heading}</h1>
      <div className="home-top">
        {lead ? <LeadStory item={lead} label={w.lead} locale={locale} /> : null}
        <div className="home-aside">
          {column.honorRollYear ? (
            <aside className="honor-roll-teaser" aria-labelledby="honor-roll-teaser">
              <h2 id="honor-roll-teaser">
                <SiteLink href={localePath(locale, honorRollPath(column.honorRollYear))}>
                  {w.honorRollTeaser(column.honorRollYear)}
                </SiteLink>
              </h2>
              <p>{w.honorRollLead}</p>
            </aside>
          ) : null}
          <aside className="take-part" aria-labelledby="take-part">
            <h2 id="take-part">{w.takePart}</h2>
            <ul>
              <li>
                <SiteLink href={localePath(locale, '/nominate')}>{w.nominate}</SiteLink>
              </li>
              <li>
                <SiteLink href={localePath(locale, '/feeds')}>{w.feeds}</SiteLink>
              </li>
              <li>
                <SiteLink href={localePath(locale, '/verify')}>{w.verify}</SiteLink>
              </li>
            </ul>
          </aside>
        </div>
      </div>
      <div className="column-grid">
        <Section
          id="latest-commendations"
          heading={t.commendations}
          more={sectionPaths.commendations}
          locale={locale}
        >
          <ItemList items={column.commendations} locale={locale} />
        </Section>
        <Section
          id="advanced-models"
          heading={w.advancedModels}
          more={`${sectionPaths['model-stories']}?polarity=positive`}
          locale={locale}
        >
          <ItemList items={advancedModels} locale={locale} />
        </Section>
        <Section
          id="warning-cases"
          heading={w.warningCases}
          more={`${sectionPaths['model-stories']}?polarity=negative`}
          locale={locale}
          className="warning"
        >
          <ItemList items={column.warningCases} locale={locale} />
        </Section>
        <Section
          id="latest-interpretations"
          heading={t.interpretations}
          more={sectionPaths.interpretations}
          locale={locale}
        >
          <ItemList items={column.interpretations} locale={locale} />
        </Section>
        <Section
          id="latest-policies"
          heading={t.policies}
          more={sectionPaths.policies}
          locale={locale}
        >
          <ItemList items={column.policies} locale={locale} />
        </Section>
      </div>
    </>
  )
}
