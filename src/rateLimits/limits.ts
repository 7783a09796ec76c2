// Every rate limit of the site, in one table: what is counted, how many, over how long. Clients
// are counted by address (IPv6 by /64, see src/lib/clientAddress.ts); accounts by their email.
import { rateStore, type RateDecision } from './store'

const MINUTE = 60_000

/** A whole number from the environment, or the default when unset or not a positive number. */
const fromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

export const limits = {
  /** Public form submissions (nominations and objections together) from one client. */
  formsPerClient: { limit: fromEnv('LAUREL_FORM_POSTS_PER_MINUTE', 5), windowMs: MINUTE },
  /**
   * All public form submissions together: a bound on a flood from many addresses, far above what
   * one client can send (5 a minute), so no single client can close the forms for everyone.
   */
  formsEveryone: { limit: 600, windowMs: MINUTE },
  /** Refused sign-ins only: staff signing in correctly are never held back. */
  signInFailuresPerClient: { limit: 10, windowMs: 15 * MINUTE },
  /** Payload also locks an account for 15 minutes after 5 wrong passwords in a row (Users). */
  signInFailuresPerAccount: { limit: 10, windowMs: 15 * MINUTE },
  recoveryPerClient: { limit: 5, windowMs: 15 * MINUTE },
  recoveryPerAccount: { limit: 3, windowMs: 60 * MINUTE },
} as const

export type LimitName = keyof typeof limits

/** Counts one hit of `name` for `key`; refused once the limit's window is full. */
export const takeRate = (name: LimitName, key: string, now = Date.now()): Promise<RateDecision> => {
  const { limit, windowMs } = limits[name]
  return rateStore().hit(`${name}:${key}`, limit, windowMs, now)
}

/** Counts every check in order and stops at the first refusal. */
export const takeRates = async (
  checks: [LimitName, string][],
  now = Date.now(),
): Promise<RateDecision> => {
  for (const [name, key] of checks) {
    const decision = await takeRate(name, key, now)
    if (!decision.allowed) return decision
  }
  return { allowed: true }
}

/** The first refusal among the checks, counting nothing. */
export const peekRates = async (
  checks: [LimitName, string][],
  now = Date.now(),
): Promise<RateDecision> => {
  for (const [name, key] of checks) {
    const { limit, windowMs } = limits[name]
    const decision = await rateStore().peek(`${name}:${key}`, limit, windowMs, now)
    if (!decision.allowed) return decision
  }
  return { allowed: true }
}
