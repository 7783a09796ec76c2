// What a client asks right after the password: must this session still give a second factor, and
// is there an authenticator to give it with, or must one be enrolled first?
import type { Endpoint } from 'payload'

import { isEnrolled, passedSecondFactor } from './passedSecondFactor'
import { secondFactorMode } from './mode'
import { signedInStaff } from './stepGuards'

export const secondFactorStatus: Endpoint = {
  path: '/second-factor/status',
  method: 'get',
  handler: (incoming) => {
    const req = signedInStaff(incoming)
    if (req instanceof Response) return req
    return Response.json({
      mode: secondFactorMode(),
      enrolled: isEnrolled(req.user),
      given: passedSecondFactor(req.user),
    })
  },
}
