// Account security events in the audit log, each in the transaction of the change: an account
// created or deleted, its e-mail changed, its password changed by its owner or set by an
// administrator. Roles, sign-ins and refusals are recorded by src/audit.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { AuditAction } from '@/audit/actions'
import { writeAuditEntry } from '@/audit/writeAuditEntry'

import { contextKeys } from '../contextKeys'

type Account = { id: number | string; email?: unknown }

export const recordAccountEvent = (
  req: PayloadRequest,
  action: AuditAction,
  account: Account,
  changedFields?: string[],
) =>
  writeAuditEntry(req, {
    action,
    targetCollection: 'users',
    targetId: account.id,
    targetTitle: typeof account.email === 'string' ? account.email : null,
    changedFields,
  })

const passwordActions: Record<string, AuditAction> = {
  owner: 'password-change',
  administrator: 'password-set',
  invitation: 'invitation-accepted',
}

export const recordAccountChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (req.context.seeding === true) return doc
  if (operation === 'create') {
    await recordAccountEvent(req, 'account-create', doc)
    return doc
  }
  if (previousDoc?.email !== doc.email)
    await recordAccountEvent(req, 'email-change', doc, ['email'])
  const setBy = req.context[contextKeys.passwordSetBy]
  if (typeof setBy === 'string' && passwordActions[setBy]) {
    // One save, one entry: a nested save of the same request must not record it again.
    delete req.context[contextKeys.passwordSetBy]
    await recordAccountEvent(req, passwordActions[setBy], doc, ['password'])
  }
  return doc
}

export const recordAccountDeletion: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordAccountEvent(req, 'account-delete', doc)
  return doc
}
