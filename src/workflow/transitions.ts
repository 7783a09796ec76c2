// The editorial workflow of the official record: every allowed move between review states, and
// who may make it. Publication itself stays on Payload's `_status`; this table decides when a
// document may reach it. Anything not listed here is refused. The enforcing hook, the review
// buttons, the list filter, the dashboard and the notifications all read these tables.
import type { Role } from '@/access/roles'

import { type Words } from './language'
import { actions, type ActionName } from './actions'

export const reviewStates = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'published',
  'withdrawn',
] as const
export type ReviewState = (typeof reviewStates)[number]

type StateRule = {
  label: Words
  /** Live states keep the document published (a withdrawn item answers with its notice). */
  live: boolean
  /** What the author of a piece in this state is told: why it is locked, what happens next. */
  forAuthor: Words
}

export const stateRules: Record<ReviewState, StateRule> = {
  draft: {
    label: { zh: '草稿', en: 'Draft' },
    live: false,
    forAuthor: {
      zh: '草稿只有您和编辑可见。写完后请点击“提交审核”。',
      en: 'Only you and the editors see this draft. Choose “Submit for review” when it is ready.',
    },
  },
  submitted: {
    label: { zh: '已提交待审', en: 'Submitted for review' },
    live: false,
    forAuthor: {
      zh: '稿件已提交审核，审核期间不能修改。编辑会审核通过，或写明理由退回给您修改。',
      en: 'The piece is with the editors and cannot be changed while they review it. They will approve it or send it back to you with a reason.',
    },
  },
  approved: {
    label: { zh: '审核通过', en: 'Approved' },
    live: false,
    forAuthor: {
      zh: '稿件已审核通过，等待编辑发布；发布后会通知您。',
      en: 'The piece is approved and waits for an editor to publish it; you will be told when it is.',
    },
  },
  rejected: {
    label: { zh: '退回修改', en: 'Sent back' },
    live: false,
    forAuthor: {
      zh: '编辑已退回稿件，理由见下。修改后请再次点击“提交审核”。',
      en: 'The editors sent the piece back; their reason is below. Revise it and submit it again.',
    },
  },
  published: {
    label: { zh: '已发布', en: 'Published' },
    live: true,
    forAuthor: {
      zh: '稿件已公开发布，代表本区发声，只有编辑可以更正。',
      en: 'The piece is published and speaks for the district; only editors correct it.',
    },
  },
  withdrawn: {
    label: { zh: '已撤回', en: 'Withdrawn' },
    live: true,
    forAuthor: {
      zh: '稿件已撤回，原网址显示撤回时间和理由。',
      en: 'The piece is withdrawn; its address shows when and why.',
    },
  },
}

export type Move = {
  from: ReviewState
  to: ReviewState
  action: ActionName
  roles: readonly Role[]
  needs?: 'rejectionReason' | 'withdrawalReason'
}

const staff = ['editor', 'admin'] as const
const anyone = ['expert', 'editor', 'admin'] as const

export const moves: readonly Move[] = [
  { from: 'draft', to: 'submitted', action: 'submit', roles: anyone },
  { from: 'rejected', to: 'submitted', action: 'submit', roles: anyone },
  { from: 'submitted', to: 'approved', action: 'approve', roles: staff },
  { from: 'submitted', to: 'rejected', action: 'sendBack', roles: staff, needs: 'rejectionReason' },
  { from: 'approved', to: 'rejected', action: 'sendBack', roles: staff, needs: 'rejectionReason' },
  // Editors may publish their own work without a second pair of eyes, like GOV.UK's force publish.
  { from: 'draft', to: 'published', action: 'publish', roles: staff },
  { from: 'submitted', to: 'published', action: 'publish', roles: staff },
  { from: 'approved', to: 'published', action: 'publish', roles: staff },
  { from: 'published', to: 'draft', action: 'unpublish', roles: staff },
  {
    from: 'published',
    to: 'withdrawn',
    action: 'withdraw',
    roles: staff,
    needs: 'withdrawalReason',
  },
  { from: 'withdrawn', to: 'published', action: 'reinstate', roles: staff },
]

const mayMake = (move: Move, userRoles: readonly Role[]) =>
  move.roles.some((role) => userRoles.includes(role))

export const findMove = (
  from: ReviewState,
  to: ReviewState,
  userRoles: readonly Role[],
): Move | undefined =>
  moves.find((move) => move.from === from && move.to === to && mayMake(move, userRoles))

/** The moves a person may make from where a document is now, in the table's order. */
export const movesFrom = (from: ReviewState, userRoles: readonly Role[]): Move[] =>
  moves.filter((move) => move.from === from && mayMake(move, userRoles))

/** The kind of move between two states whoever makes it (the audit log names it so). */
export const actionBetween = (from: ReviewState, to: ReviewState): ActionName | undefined =>
  moves.find((move) => move.from === from && move.to === to)?.action

export const isReviewState = (value: unknown): value is ReviewState =>
  typeof value === 'string' && (reviewStates as readonly string[]).includes(value)

export const reviewStateLabels = Object.fromEntries(
  reviewStates.map((state) => [state, stateRules[state].label]),
) as Record<ReviewState, Words>

export const liveStates = reviewStates.filter((state) => stateRules[state].live)

export { actions, type ActionName }
