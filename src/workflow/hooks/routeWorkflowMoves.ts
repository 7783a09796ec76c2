import type { CollectionBeforeOperationHook } from 'payload'

import { isReviewState } from '../transitions'

/**
 * A review-state move always writes the live record, even when sent as a draft save: Payload
 * checks access and previous state against that record, so a move kept only in a draft version
 * would let an expert keep editing a piece they have already submitted.
 *
 * Later hooks cannot see whether a save is a draft save (the published version stays live) or an
 * unpublish (it comes down); this hook notes it in `req.context.savingDraft`.
 */
export const routeWorkflowMoves: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data, draft, id } = args as {
    data?: { reviewState?: unknown }
    draft?: boolean
    id?: number | string
  }
  let savesDraft = draft === true
  if (savesDraft && id !== undefined && isReviewState(data?.reviewState)) {
    // system: the current state decides the route; the update checks access itself
    const current = await req.payload.findByID({
      collection: collection.slug,
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (current && (current as { reviewState?: unknown }).reviewState !== data.reviewState)
      savesDraft = false
  }
  req.context.savingDraft = savesDraft
  return { ...args, draft: savesDraft }
}
