// After a review-state move, the people it concerns are told by email, as the move's entry in
// src/workflow/actions.ts says: editors when something is submitted, the author when it is
// approved, sent back, published or reinstated.
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { editorsEmails } from '@/notifications/editorsEmails'
import { messageFor } from '@/notifications/workflowMessages'

import { actions } from '../actions'
import { actionBetween, isReviewState } from '../transitions'
import type { WorkflowDocument } from '../types'

const idOf = (value: number | { id: number } | null | undefined) =>
  typeof value === 'object' && value !== null ? value.id : value

/** The author of an interpretation, or whoever created any other piece, unless they moved it. */
const authorEmail = async (req: PayloadRequest, doc: WorkflowDocument) => {
  const id = ('author' in doc ? idOf(doc.author) : undefined) ?? idOf(doc.createdBy)
  if (id === null || id === undefined || String(id) === String(req.user?.id)) return []
  // system: the author's address, which an editor's move must reach
  const author = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  return author ? [author.email] : []
}

export const notifyOnMove: CollectionAfterChangeHook<WorkflowDocument> = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const from = isReviewState(previousDoc?.reviewState) ? previousDoc.reviewState : 'draft'
  const action = actionBetween(from, doc.reviewState)
  const audience = action && actions[action].notifies
  if (req.context.seeding || from === doc.reviewState || !action || !audience) return doc

  const link = `${req.payload.config.serverURL || ''}/admin/collections/${collection.slug}/${doc.id}`
  const message = messageFor(action, {
    title: doc.title,
    link,
    rejectionReason: doc.rejectionReason,
  })
  if (!message) return doc
  const recipients = audience === 'editors' ? await editorsEmails(req) : await authorEmail(req, doc)
  for (const to of recipients) {
    // system: experts may not queue jobs; telling people is the site's doing
    await req.payload.jobs.queue({ task: 'sendEmail', input: { to, ...message }, req })
  }
  return doc
}
