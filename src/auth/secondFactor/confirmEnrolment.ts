// Step two of enrolling: the first code from the new authenticator proves the phone has the
// secret. The factor is then the account's, this session counts as having given it, and the ten
// recovery codes are shown this once.
import { auditAccount } from '../auditAccount'
import { authClock } from '../clock'
import { updateSession } from '../sessions/writeSessions'
import { refuse } from '../words'
import { writeFactor } from './accountFactor'
import { newRecoveryCodes } from './recoveryCodes'
import { bodyOf, secondFactorStep, text } from './stepGuards'
import { acceptedTotpStep } from './totp'

export const confirmEnrolment = secondFactorStep('confirm', async (req, factor) => {
  const { user } = req
  if (!factor.pendingSecret) return refuse(req, 400, 'noEnrolment')
  const step = await acceptedTotpStep(factor.pendingSecret, text((await bodyOf(req)).code))
  if (step === null) return refuse(req, 400, 'wrongCode')
  const now = new Date(authClock.now()).toISOString()
  const { codes, stored } = newRecoveryCodes()
  await writeFactor(req, user.id, {
    enrolledAt: now,
    secret: factor.pendingSecret,
    pendingSecret: null,
    lastStep: step,
    recoveryCodes: stored,
  })
  await updateSession(req, user.id, user._sid as string, (session) => ({
    ...session,
    secondFactorAt: now,
    codeFailures: 0,
  }))
  await auditAccount(req, 'second-factor-enrolled', user)
  return Response.json({ recoveryCodes: codes })
})
