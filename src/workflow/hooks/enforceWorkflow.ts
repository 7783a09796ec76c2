// The one place where review-state moves are checked and carried out. A move is asked for by
// changing `reviewState`, or by Payload's own publish and unpublish (buttons, scheduled jobs).
import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { actions } from '../actions'
import { languageOf, say } from '../language'
import { refusals } from '../messages'
import { isReviewState, type Move, type ReviewState, stateRules, findMove } from '../transitions'
import type { WorkflowData, WorkflowDocument } from '../types'
import { requireReason } from './requireReason'

const currentState = (doc: WorkflowDocument | undefined): ReviewState =>
  isReviewState(doc?.reviewState) ? doc.reviewState : 'draft'

const publishStatus = (state: ReviewState) => (stateRules[state].live ? 'published' : 'draft')

/** The state asked for: an explicit `reviewState`, or what Payload's publish/unpublish means. */
const requestedState = (
  data: WorkflowData,
  from: ReviewState,
  wasPublished: boolean,
  savingDraft: boolean,
): ReviewState => {
  const asked = isReviewState(data.reviewState) ? data.reviewState : from
  if (asked !== from || savingDraft) return asked
  if (data._status === 'published' && !stateRules[from].live) return 'published'
  if (data._status === 'draft' && wasPublished) return 'draft'
  return from
}

/**
 * Restoring a version brings back its content, never an older state of the review: the document
 * stays where it is in the workflow. (Its change notes, withdrawal notice and remarks stay too:
 * keepRecordsOnRestore.)
 */
const keepState = (data: WorkflowData, original: WorkflowDocument | undefined): WorkflowData => {
  const from = currentState(original)
  return {
    ...data,
    reviewState: from,
    _status: publishStatus(from),
    rejectionReason: original?.rejectionReason ?? null,
    withdrawal: original?.withdrawal ?? { at: null, reason: null },
    createdBy: original?.createdBy ?? null,
  }
}

/** No move: only a live document stays published; anything else saved in full is a draft. */
const stayInState = (data: WorkflowData, state: ReviewState, savingDraft: boolean) =>
  savingDraft || stateRules[state].live
    ? { ...data, reviewState: state }
    : { ...data, reviewState: state, _status: 'draft' as const }

/** The move from the table, or 403. A call without a user is the system (jobs, seed). */
const permittedMove = (req: PayloadRequest, from: ReviewState, to: ReviewState): Move => {
  const move = findMove(from, to, req.user ? req.user.roles : ['admin'])
  if (move) return move
  const language = languageOf(req)
  const states = `${stateRules[from].label[language]} → ${stateRules[to].label[language]}`
  throw new APIError(
    `${req.t('error:notAllowedToPerformAction')} (${states})`,
    403,
    undefined,
    true,
  )
}

/** A move that changes what the public sees cannot hide in a draft version. */
const refuseDraftSave = (req: PayloadRequest, move: Move, savingDraft: boolean) => {
  if (!savingDraft || (!stateRules[move.to].live && !stateRules[move.from].live)) return
  const language = languageOf(req)
  const states = {
    from: stateRules[move.from].label[language],
    to: stateRules[move.to].label[language],
  }
  throw new APIError(say(refusals.notAsDraft, language, states), 400, undefined, true)
}

/** The new state, its publish status, and what the move clears or stamps. */
const carryOut = (move: Move, data: WorkflowData): WorkflowData => {
  const next: WorkflowData = { ...data, reviewState: move.to, _status: publishStatus(move.to) }
  const action = actions[move.action]
  if (action.clears.includes('rejectionReason')) next.rejectionReason = null
  if (action.clears.includes('withdrawal')) next.withdrawal = { at: null, reason: null }
  if (action.stampsWithdrawal)
    next.withdrawal = { ...next.withdrawal, at: new Date().toISOString() }
  return next
}

export const enforceWorkflow: CollectionBeforeChangeHook<WorkflowDocument> = ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  if (req.context.isRestoringVersion) {
    return keepState(data, originalDoc)
  }
  const savingDraft = req.context.savingDraft === true
  const from = currentState(originalDoc)
  const to = requestedState(data, from, originalDoc?._status === 'published', savingDraft)
  if (to === from) return stayInState(data, from, savingDraft)

  const move = permittedMove(req, from, to)
  refuseDraftSave(req, move, savingDraft)
  requireReason({ move, data, originalDoc, req, collection: collection.slug })
  return carryOut(move, data)
}
