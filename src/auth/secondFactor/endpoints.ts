// The doors of the second factor, on the users collection (/api/users/second-factor/…).
import { confirmEnrolment } from './confirmEnrolment'
import { giveSecondFactor } from './giveSecondFactor'
import { resetSecondFactor } from './resetSecondFactor'
import { secondFactorStatus } from './secondFactorStatus'
import { startEnrolment } from './startEnrolment'

export const secondFactorEndpoints = [
  secondFactorStatus,
  startEnrolment,
  confirmEnrolment,
  giveSecondFactor,
  resetSecondFactor,
]
