// How a save of content is named in the log. Publication is read from the main document (what
// the public sees), not from the latest version: a draft saved over a live page publishes nothing.
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

export const contentAction = (save: ContentSave): AuditAction => {
  if (save.operation === 'create') return 'create'
  if (save.restoring) return 'restore'
  if (save.reviewStateAfter === 'withdrawn' && save.reviewStateBefore !== 'withdrawn')
    return 'withdraw'
  if (!save.wasPublished && save.isPublished) return 'publish'
  if (save.wasPublished && !save.isPublished) return 'unpublish'
  return 'update'
}
