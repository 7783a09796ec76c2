// Step one of enrolling an authenticator: a new secret, shown as a QR code drawn on this server
// (no outside service sees it) and as text. Replacing an enrolled factor asks for the current
// password and a code first, so a session left open cannot move the factor to another phone.
import QRCode from 'qrcode'

import { isCurrentPassword } from '../checkPassword'
import { refuse } from '../words'
import { writeFactor } from './accountFactor'
import { passedSecondFactor } from './passedSecondFactor'
import { bodyOf, secondFactorStep, text } from './stepGuards'
import { acceptedTotpStep, newTotpSecret, totpUri } from './totp'

export const startEnrolment = secondFactorStep('start', async (req, factor) => {
  const { user } = req
  let lastStep = factor.lastStep
  // Enrolled, even with a secret that no longer opens: only the current code or a reset re-enrols.
  if (factor.enrolledAt) {
    const body = await bodyOf(req)
    const step =
      passedSecondFactor(user) && (await isCurrentPassword(req, user.id, body.password))
        ? await acceptedTotpStep(factor.secret ?? '', text(body.code), factor.lastStep)
        : null
    if (step === null) return refuse(req, 403, 'reauthenticate')
    lastStep = step
  }
  const secret = newTotpSecret()
  await writeFactor(req, user.id, { ...factor, pendingSecret: secret, lastStep })
  const uri = totpUri(secret, user.email)
  const qrCode = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  return Response.json({ secret, uri, qrCode })
})
