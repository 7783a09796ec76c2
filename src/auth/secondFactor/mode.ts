// Whether staff must give a second factor after their password. `required` unless the operator
// says otherwise; a local demo server (`npm start` on the seeded demo content) relaxes it to
// `optional` so the demo accounts sign in without a phone (src/auth/secondFactor/demoDefault.ts).
export type SecondFactorMode = 'required' | 'optional'

export const secondFactorMode = (): SecondFactorMode =>
  process.env.LAUREL_STAFF_2FA === 'optional' ? 'optional' : 'required'
