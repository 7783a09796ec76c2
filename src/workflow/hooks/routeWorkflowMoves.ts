import type { CollectionBeforeOperationHook } from 'payload'

import { isReviewState } from '../transitions'

/** The document an update names, if it names one (an update by query names none). */
const idOf = (args: object) =>
  'id' in args && (typeof args.id === 'number' || typeof args.id === 'string') ? args.id : undefined

/**
 * A review-state move always writes the live record, even when sent as a draft save: Payload
 * checks access and previous state against that record, so a move kept only in a draft version
 * would let an expert keep editing a piece they have already submitted.
 *
 * Later hooks cannot see whether a save is a draft save (the published version stays live) or an
 * unpublish (it comes down); this hook notes it in `req.context.savingDraft`.
 */
export const routeWorkflowMoves: CollectionBeforeOperationHook = async (hookArgs) => {
  if (hookArgs.operation !== 'create' && hookArgs.operation !== 'update') return hookArgs.args
  const { args, collection, req } = hookArgs
  const asked = args.data && 'reviewState' in args.data ? args.data.reviewState : undefined
  const id = idOf(args)
  let savesDraft = args.draft === true
  if (savesDraft && id !== undefined && isReviewState(asked)) {
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
    if (current && 'reviewState' in current && current.reviewState !== asked) savesDraft = false
  }
  req.context.savingDraft = savesDraft
  return { ...args, draft: savesDraft }
}
