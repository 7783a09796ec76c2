import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { forgetHonorRollFigures, recountHonorRollYears } from '../honorRollFigures'

type Shown = { _status?: string | null; assessmentYear?: number | null } | null | undefined

const isPublic = (version: Shown) => version?._status === 'published'

const yearsOf = (versions: Shown[]) => [
  ...new Set(
    versions.flatMap((version) => (version?.assessmentYear ? [version.assessmentYear] : [])),
  ),
]

/**
 * A bulk load may skip the recount (`context.skipHonorRollRecount`): the stored figures are then
 * dropped, and the next reader counts them afresh, or the loader calls `recountHonorRollFigures`.
 */
const recount = async (req: PayloadRequest, versions: Shown[]) => {
  if (!versions.some(isPublic)) return
  if (req.context.skipHonorRollRecount) await forgetHonorRollFigures(req.payload, req)
  else await recountHonorRollYears(req.payload, yearsOf(versions), req)
}

/** Publishing, correcting, withdrawing or unpublishing a notice recounts the years it is in. */
export const recountHonorRollOnChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  await recount(req, [doc, previousDoc])
  return doc
}

export const recountHonorRollOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recount(req, [doc])
  return doc
}
