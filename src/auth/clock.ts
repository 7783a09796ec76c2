// The time the account rules read (idle expiry, code windows). Tests move it instead of sleeping.
export const authClock = { now: (): number => Date.now() }
