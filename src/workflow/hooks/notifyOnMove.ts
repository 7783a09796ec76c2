// After a review-state move, the people it concerns are told by email: editors when something is
// submitted, the author when it is approved, sent back or published.
import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { editorsEmails } from '@/notifications/editorsEmails'
import { messageFor } from '@/notifications/workflowMessages'

import { isReviewState } from '../transitions'

const idOf = (value: unknown) =>
  value && typeof value === 'object'
    ? (value as { id: number | string }).id
    : (value as number | string | null)

const authorEmail = async (payload: Payload, req: PayloadRequest, doc: Record<string, unknown>) => {
  const id = idOf(doc.author) ?? idOf(doc.createdBy)
  if (id === null || id === undefined) return []
  // system: the author's address, which an editor's move must reach
  const author = await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  return author && String(author.id) !== String(req.user?.id) ? [author.email] : []
}

export const notifyOnMove: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (
    req.context.seeding ||
    !isReviewState(doc.reviewState) ||
    doc.reviewState === previousDoc?.reviewState
  )
    return doc
  const link = `${req.payload.config.serverURL || ''}/admin/collections/${collection.slug}/${doc.id}`
  const notice = messageFor(doc.reviewState, {
    title: String(doc.title ?? ''),
    link,
    rejectionReason: doc.rejectionReason,
  })
  if (!notice) return doc
  const recipients =
    notice.audience === 'editors'
      ? await editorsEmails(req)
      : await authorEmail(req.payload, req, doc)
  for (const to of recipients) {
    // system: experts may not queue jobs; telling people is the site's doing
    await req.payload.jobs.queue({ task: 'sendEmail', input: { to, ...notice.message }, req })
  }
  return doc
}
