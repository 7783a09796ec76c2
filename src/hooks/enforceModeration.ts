// Moderation moves one way: a new submission is decided once (accepted, rejected, duplicate for
// a nomination; upheld or dismissed for an objection) and a decision is not undone silently.
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { say } from '@/i18n/adminMessages'

const statusLabel = { zh: '处理状态', en: 'Status' }
const ledToLabel = { zh: '据此形成的通报或案例', en: 'Led to' }

export const enforceModeration: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  const from = operation === 'update' ? (originalDoc?.status ?? 'new') : 'new'
  const to = data.status ?? from
  const refuse = (path: string, message: string, label: { zh: string; en: string }) => {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path, message, label }], req },
      req.t,
    )
  }
  if (operation === 'update' && from !== 'new' && to !== from) {
    refuse('status', say(req, 'decisionFinal'), statusLabel)
  }
  // Only an accepted nomination leads to a commendation or story.
  const ledTo = 'ledTo' in data ? data.ledTo : originalDoc?.ledTo
  if (ledTo && to !== 'accepted') {
    refuse('ledTo', say(req, 'ledToAccepted'), ledToLabel)
  }
  return data
}
