// How a save of content is named in the log. Publication is read from the main document (what
// the public sees), not from the latest version: a draft saved over a live page publishes nothing.
// A move of the review workflow is read from the review state before and after the save.
import type { AuditAction } from './actions'

export type ContentSave = {
  operation: 'create' | 'update'
  /** Payload's restoreVersion operation, which runs the update hooks. */
  restoring: boolean
  wasPublished: boolean
  isPublished: boolean
  reviewStateBefore?: unknown
  reviewStateAfter?: unknown
}

/** The workflow moves the log names, by the state a piece arrives in. */
const arrivals: Partial<Record<string, AuditAction>> = {
  submitted: 'submit',
  approved: 'approve',
  rejected: 'send-back',
  withdrawn: 'withdraw',
}

export const contentAction = (save: ContentSave): AuditAction => {
  if (save.operation === 'create') return 'create'
  if (save.restoring) return 'restore'
  const { reviewStateBefore: from, reviewStateAfter: to } = save
  if (from === 'withdrawn' && to === 'published') return 'reinstate'
  const arrival = typeof to === 'string' && to !== from ? arrivals[to] : undefined
  if (arrival) return arrival
  if (!save.wasPublished && save.isPublished) return 'publish'
  if (save.wasPublished && !save.isPublished) return 'unpublish'
  return 'update'
}
