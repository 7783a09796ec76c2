// The editorial workflow of the official record: every allowed move between review states, and
// who may make it. Publication itself stays on Payload's `_status`; this table decides when a
// document may reach it. Anything not listed here is refused.
import type { Role } from '@/access/roles'

export const reviewStates = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'published',
  'withdrawn',
] as const
export type ReviewState = (typeof reviewStates)[number]

export type Move = {
  from: ReviewState
  to: ReviewState
  roles: readonly Role[]
  needs?: 'rejectionReason' | 'withdrawalReason'
}

const staff = ['editor', 'admin'] as const
const anyone = ['expert', 'editor', 'admin'] as const

export const moves: readonly Move[] = [
  { from: 'draft', to: 'submitted', roles: anyone },
  { from: 'rejected', to: 'submitted', roles: anyone },
  { from: 'submitted', to: 'approved', roles: staff },
  { from: 'submitted', to: 'rejected', roles: staff, needs: 'rejectionReason' },
  { from: 'approved', to: 'rejected', roles: staff, needs: 'rejectionReason' },
  // Editors may publish their own work without a second pair of eyes, like GOV.UK's force publish.
  { from: 'draft', to: 'published', roles: staff },
  { from: 'submitted', to: 'published', roles: staff },
  { from: 'approved', to: 'published', roles: staff },
  { from: 'published', to: 'draft', roles: staff },
  { from: 'published', to: 'withdrawn', roles: staff, needs: 'withdrawalReason' },
  { from: 'withdrawn', to: 'published', roles: staff },
]

export const findMove = (
  from: ReviewState,
  to: ReviewState,
  userRoles: readonly Role[],
): Move | undefined =>
  moves.find(
    (move) =>
      move.from === from && move.to === to && move.roles.some((role) => userRoles.includes(role)),
  )

export const isReviewState = (value: unknown): value is ReviewState =>
  typeof value === 'string' && (reviewStates as readonly string[]).includes(value)

export const reviewStateLabels: Record<ReviewState, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交待审', en: 'Submitted for review' },
  approved: { zh: '审核通过', en: 'Approved' },
  rejected: { zh: '退回修改', en: 'Sent back' },
  published: { zh: '已发布', en: 'Published' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
}
