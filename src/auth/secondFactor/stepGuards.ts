// Who may take each step of the second factor: a signed-in member of staff, an account that has
// enrolled, and (to replace a factor) one who proved the password and a code again.
import type { Endpoint, PayloadRequest } from 'payload'

import { currentSession, type SessionUser } from '../sessions/currentSession'
import { refuse } from '../words'
import { readFactor, type StoredFactor } from './accountFactor'

export type StaffRequest = PayloadRequest & { user: SessionUser }

/** The signed-in member of staff with a session, or the answer that refuses the request. */
export const signedInStaff = (req: PayloadRequest): Response | StaffRequest => {
  const user = req.user as SessionUser | null
  if (!user || user.collection !== 'users' || !currentSession(user)) {
    return refuse(req, 401, 'signIn')
  }
  return req as StaffRequest
}

export const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const body: unknown = await req.json?.()
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

export const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** A POST door of the second factor: a signed-in member of staff and their stored factor. */
export const secondFactorStep = (
  path: string,
  step: (req: StaffRequest, factor: StoredFactor) => Promise<Response>,
): Endpoint => ({
  path: `/second-factor/${path}`,
  method: 'post',
  handler: async (incoming) => {
    const req = signedInStaff(incoming)
    if (req instanceof Response) return req
    return step(req, await readFactor(req, req.user.id))
  },
})
