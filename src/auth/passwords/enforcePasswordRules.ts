// Every path that sets a password passes here first: create (an administrator, the first
// registration, an invitation's acceptance, the seed), update (a change of one's own or an
// administrator's reset) and Payload's reset by token.
import type { CollectionBeforeOperationHook } from 'payload'

import { passwordMessages, passwordProblem } from './passwordProblem'
import { refusePasswordField } from './refusePasswordField'
import { storedAccount } from './storedAccount'

type Args = { data?: Record<string, unknown>; id?: number | string }

const emailOfTarget = async (
  operation: string,
  args: Args,
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
) => {
  if (typeof args.data?.email === 'string') return args.data.email
  if (operation === 'update' && args.id !== undefined) {
    return (await storedAccount(req, { id: { equals: args.id } }))?.email
  }
  if (operation === 'resetPassword' && typeof args.data?.token === 'string') {
    return (await storedAccount(req, { resetPasswordToken: { equals: args.data.token } }))?.email
  }
  return undefined
}

export const enforcePasswordRules: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args as Args).data?.password
  if (typeof password !== 'string' || password === '') return args
  const problem = passwordProblem(password, await emailOfTarget(operation, args as Args, req))
  if (problem) refusePasswordField(req, 'password', passwordMessages[problem])
  return args
}
