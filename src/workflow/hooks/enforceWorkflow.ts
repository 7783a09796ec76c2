// The one place where review-state moves are checked and carried out. A move is asked for by
// changing `reviewState`, or by Payload's own publish and unpublish (buttons, scheduled jobs).
import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import type { Role } from '@/access/roles'

import { findMove, isReviewState, type ReviewState, reviewStateLabels } from '../transitions'

type Data = Record<string, unknown> & {
  reviewState?: unknown
  _status?: unknown
  rejectionReason?: unknown
  withdrawal?: { reason?: unknown; at?: unknown } | null
}

const requestedState = (
  data: Data,
  from: ReviewState,
  wasPublished: boolean,
  savingDraft: boolean,
): ReviewState => {
  const asked = isReviewState(data.reviewState) ? data.reviewState : from
  if (asked !== from || savingDraft) return asked
  if (data._status === 'published' && from !== 'published' && from !== 'withdrawn')
    return 'published'
  if (data._status === 'draft' && wasPublished) return 'draft'
  return from
}

const reasonLabel = { zh: '退回理由', en: 'Reason for sending back' }
const withdrawalLabel = { zh: '撤回理由', en: 'Reason for withdrawal' }

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === ''

/**
 * Restoring a version brings back its content, never an older state of the review: the document
 * stays where it is in the workflow. (Its change notes and remarks stay too: keepRecordsOnRestore.)
 */
const keepState = (data: Data, originalDoc: Data | undefined, from: ReviewState): Data => ({
  ...data,
  reviewState: from,
  _status: from === 'published' || from === 'withdrawn' ? 'published' : 'draft',
  rejectionReason: originalDoc?.rejectionReason ?? null,
  withdrawal: originalDoc?.withdrawal ?? null,
  createdBy: originalDoc?.createdBy ?? null,
})

export const enforceWorkflow: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const savingDraft = req.context.savingDraft === true
  const from: ReviewState = isReviewState(originalDoc?.reviewState)
    ? originalDoc.reviewState
    : 'draft'
  if (req.context.isRestoringVersion) {
    return keepState(data as Data, originalDoc, from)
  }
  const to = requestedState(data as Data, from, originalDoc?._status === 'published', savingDraft)
  const next: Data = { ...data, reviewState: to }
  if (to === from) {
    // Only a published document may be live, and it stays live while withdrawn (with its notice).
    if (!savingDraft && from !== 'published' && from !== 'withdrawn') next._status = 'draft'
    return next
  }

  const roles = (req.user?.roles ?? []) as Role[]
  const move = req.user ? findMove(from, to, roles) : findMove(from, to, ['admin'])
  if (!move) {
    const language = req.i18n?.language === 'en' ? 'en' : 'zh'
    const states = `${reviewStateLabels[from][language]} → ${reviewStateLabels[to][language]}`
    throw new APIError(
      `${req.t('error:notAllowedToPerformAction')} (${states})`,
      403,
      undefined,
      true,
    )
  }
  if (savingDraft && (to === 'published' || to === 'withdrawn' || from === 'published')) {
    throw new APIError(
      `A move from "${from}" to "${to}" cannot be saved as a draft.`,
      400,
      undefined,
      true,
    )
  }
  if (
    move.needs === 'rejectionReason' &&
    isBlank(next.rejectionReason ?? originalDoc?.rejectionReason)
  ) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'rejectionReason',
            message: 'Say why the piece is sent back.',
            label: reasonLabel,
          },
        ],
        req,
      },
      req.t,
    )
  }
  if (
    move.needs === 'withdrawalReason' &&
    isBlank(next.withdrawal?.reason ?? originalDoc?.withdrawal?.reason)
  ) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'withdrawal.reason',
            message: 'A withdrawal needs a public reason.',
            label: withdrawalLabel,
          },
        ],
        req,
      },
      req.t,
    )
  }

  if (to === 'published' || to === 'withdrawn') next._status = 'published'
  if (to === 'draft' || to === 'submitted' || to === 'approved' || to === 'rejected')
    next._status = 'draft'
  if (to === 'withdrawn') next.withdrawal = { ...next.withdrawal, at: new Date().toISOString() }
  // A reason belongs to one decision: a resubmitted piece or a reinstated item starts clean.
  if (to === 'published') next.withdrawal = { at: null, reason: null }
  if (to === 'submitted') next.rejectionReason = null
  return next
}
