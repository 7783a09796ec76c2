import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Hooks after this one cannot see whether a save is a draft save (which leaves the published
 * version live) or an unpublish (which takes it down); the operation's arguments can.
 */
export const noteDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    req.context.savingDraft = (args as { draft?: boolean }).draft === true
  }
  return args
}
