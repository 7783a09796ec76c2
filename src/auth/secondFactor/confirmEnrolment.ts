// Step two of enrolling: the first code from the new authenticator proves the phone has the
// secret. The factor is then the account's, this session counts as having given it, and the ten
// recovery codes are shown this once.
import type { Endpoint } from 'payload'

import { writeAuditEntry } from '@/audit/writeAuditEntry'

import { authClock } from '../clock'
import { updateSession } from '../sessions/writeSessions'
import { refuse } from '../words'
import { readFactor, writeFactor } from './accountFactor'
import { newRecoveryCodes } from './recoveryCodes'
import { bodyOf, signedInStaff, text } from './stepGuards'
import { isValidTotp } from './totp'

export const confirmEnrolment: Endpoint = {
  path: '/second-factor/confirm',
  method: 'post',
  handler: async (incoming) => {
    const req = signedInStaff(incoming)
    if (req instanceof Response) return req
    const { user } = req
    const factor = await readFactor(req, user.id)
    if (!factor.pendingSecret) return refuse(req, 400, 'noEnrolment')
    if (!(await isValidTotp(factor.pendingSecret, text((await bodyOf(req)).code)))) {
      return refuse(req, 400, 'wrongCode')
    }
    const now = new Date(authClock.now()).toISOString()
    const { codes, stored } = newRecoveryCodes()
    await writeFactor(req, user.id, {
      enrolledAt: now,
      secret: factor.pendingSecret,
      pendingSecret: null,
      recoveryCodes: stored,
    })
    await updateSession(req, user.id, user._sid as string, (session) => ({
      ...session,
      secondFactorAt: now,
      codeFailures: 0,
    }))
    await writeAuditEntry(req, {
      action: 'second-factor-enrolled',
      targetCollection: 'users',
      targetId: user.id,
      targetTitle: user.email,
    })
    return Response.json({ recoveryCodes: codes })
  },
}
