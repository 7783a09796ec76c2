// The second step of signing in: a code from the authenticator, or one of the recovery codes
// (each good once). Five wrong codes end the session, so guessing means signing in again with the
// password, which the sign-in limits and lockout already count.
import { auditAccount } from '../auditAccount'
import { authClock } from '../clock'
import { currentSession } from '../sessions/currentSession'
import { updateSession } from '../sessions/writeSessions'
import { refuse } from '../words'
import { writeFactor, type StoredFactor } from './accountFactor'
import { matchRecoveryCode } from './recoveryCodes'
import { bodyOf, secondFactorStep, text } from './stepGuards'
import { acceptedTotpStep } from './totp'

const MAX_WRONG_CODES = 5

const spendRecoveryCode = (factor: StoredFactor, code: string, now: string) => {
  const codes = factor.recoveryCodes ?? []
  const index = matchRecoveryCode(codes, code)
  if (index < 0) return null
  return codes.map((entry, i) => (i === index ? { ...entry, usedAt: now } : entry))
}

export const giveSecondFactor = secondFactorStep('verify', async (req, factor) => {
  const { user } = req
  const sid = user._sid as string
  if (!factor.enrolledAt) return refuse(req, 400, 'notEnrolled')
  const body = await bodyOf(req)
  const now = new Date(authClock.now()).toISOString()
  const recoveryCode = text(body.recoveryCode)
  const usedCodes = recoveryCode ? spendRecoveryCode(factor, recoveryCode, now) : null
  const step = usedCodes
    ? null
    : await acceptedTotpStep(factor.secret ?? '', text(body.code), factor.lastStep)
  if (usedCodes === null && step === null) {
    const failures = (currentSession(user)?.codeFailures ?? 0) + 1
    const ended = failures >= MAX_WRONG_CODES
    await updateSession(req, user.id, sid, (session) =>
      ended ? null : { ...session, codeFailures: failures },
    )
    return ended ? refuse(req, 401, 'tooManyCodes') : refuse(req, 400, 'wrongCode')
  }
  // The code's step is kept, so the same code cannot open a second session within its window.
  if (step !== null) await writeFactor(req, user.id, { ...factor, lastStep: step })
  if (usedCodes) {
    await writeFactor(req, user.id, { ...factor, recoveryCodes: usedCodes })
    await auditAccount(req, 'recovery-code-used', user, {
      remaining: usedCodes.filter((entry) => !entry.usedAt).length,
    })
  }
  await updateSession(req, user.id, sid, (session) => ({
    ...session,
    secondFactorAt: now,
    codeFailures: 0,
  }))
  return Response.json({ ok: true })
})
