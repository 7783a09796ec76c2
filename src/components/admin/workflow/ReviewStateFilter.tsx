// Above every editorial list: one link per review state with how many pieces are in it, so an
// editor filters by the state they read everywhere else in one press.
import { SiteLink } from '@/components/layout/SiteLink'
import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { reviewStates, stateRules } from '@/workflow/transitions'

import './reviewActions.css'

type Props = {
  collectionSlug: CollectionSlug
  payload: Payload
  user?: TypedUser | null
  i18n: { language: string }
  searchParams?: Record<string, string | string[] | undefined>
}

const words = {
  all: { zh: '全部', en: 'All' },
  label: { zh: '按审核状态筛选', en: 'Filter by review state' },
}

export const ReviewStateFilter = async ({
  collectionSlug,
  payload,
  user,
  i18n,
  searchParams,
}: Props) => {
  if (!user) return null
  const language = i18n.language === 'en' ? 'en' : 'zh'
  const current = searchParams?.['where[reviewState][equals]']
  const counts = await Promise.all(
    reviewStates.map(
      async (state) =>
        (
          await payload.count({
            collection: collectionSlug,
            where: { reviewState: { equals: state } },
            user,
            overrideAccess: false,
          })
        ).totalDocs,
    ),
  )
  const base = `/admin/collections/${collectionSlug}`
  return (
    <nav className="review-state-filter" aria-label={words.label[language]}>
      <SiteLink href={base} aria-current={current ? undefined : 'page'}>
        {words.all[language]}
      </SiteLink>
      {reviewStates.map((state, index) => (
        <SiteLink
          key={state}
          href={`${base}?where[reviewState][equals]=${state}`}
          aria-current={current === state ? 'page' : undefined}
        >
          {stateRules[state].label[language]}{' '}
          <span className="review-state-filter__count">{counts[index]}</span>
        </SiteLink>
      ))}
    </nav>
  )
}
