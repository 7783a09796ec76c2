// An administrator creates an account with an e-mail and roles only: the account gets a random
// password nobody knows (Payload needs one), and the person an invitation to choose their own.
// An account created with a password (the seed, the bootstrap administrator) is not invited.
import type { CollectionAfterChangeHook, CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/access/roles'

import { newToken } from '../tokens'

import { issueInvitation } from './issueInvitation'

const INVITING = 'invitingAccount'

export const inviteWhenNoPassword: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || (typeof data.password === 'string' && data.password !== '')) return args
  if (!hasRole(req.user, 'admin')) return args
  req.context[INVITING] = true
  data.password = `${newToken()}${newToken()}`
  return args
}

export const sendInvitation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context[INVITING] !== true) return doc
  delete req.context[INVITING]
  await issueInvitation(req, { id: doc.id, email: String(doc.email) })
  return doc
}
