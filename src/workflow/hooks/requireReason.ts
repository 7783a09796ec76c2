// Sending back and withdrawing are decisions someone must explain: to the author, or to the
// public. A move that needs a reason and has none is refused on the reason's own field.
import { type PayloadRequest, ValidationError } from 'payload'

import { languageOf } from '../language'
import { reasonLabels, refusals } from '../messages'
import type { Move } from '../transitions'
import type { WorkflowData, WorkflowDocument } from '../types'

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === ''

const fieldOf = { rejectionReason: 'rejectionReason', withdrawalReason: 'withdrawal.reason' }

const reasonGiven = (
  needs: NonNullable<Move['needs']>,
  data: WorkflowData,
  original: WorkflowDocument | undefined,
) =>
  needs === 'rejectionReason'
    ? !isBlank(data.rejectionReason ?? original?.rejectionReason)
    : !isBlank(data.withdrawal?.reason ?? original?.withdrawal?.reason)

export const requireReason = ({
  move,
  data,
  originalDoc,
  req,
  collection,
}: {
  move: Move
  data: WorkflowData
  originalDoc: WorkflowDocument | undefined
  req: PayloadRequest
  collection: string
}) => {
  if (!move.needs || reasonGiven(move.needs, data, originalDoc)) return
  const language = languageOf(req)
  throw new ValidationError(
    {
      collection,
      errors: [
        {
          path: fieldOf[move.needs],
          message: refusals[move.needs][language],
          label: reasonLabels[move.needs],
        },
      ],
      req,
    },
    req.t,
  )
}
