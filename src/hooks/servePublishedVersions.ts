import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

/**
 * Readers who may not see drafts always get the published version, even when they ask for
 * `?draft=true`: otherwise a published document with a newer draft would vanish from their view.
 * System calls (overrideAccess) are left alone.
 */
export const servePublishedVersions =
  (mayReadDrafts: (user: PayloadRequest['user']) => boolean): CollectionBeforeOperationHook =>
  ({ args, operation, overrideAccess, req }) =>
    operation === 'read' && !overrideAccess && !mayReadDrafts(req.user)
      ? { ...args, draft: false }
      : args
