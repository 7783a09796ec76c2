// A local server on the demo content defaults to an optional second factor, and says so: the demo
// accounts share a published password and no authenticator. Containers (no LAUREL_LOCAL) and any
// operator who sets LAUREL_STAFF_2FA keep what they chose.
import type { Payload } from 'payload'

// The seed's administrator (src/seed/demo): present only where the demo content was seeded.
const DEMO_ADMIN = 'admin@laurel.local'

const holdsDemoAccounts = async (payload: Payload) => {
  // system: counting the seeded demo accounts before anyone signs in
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: DEMO_ADMIN } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

export const relaxSecondFactorForDemo = async (payload: Payload) => {
  if (process.env.LAUREL_LOCAL !== '1' || process.env.LAUREL_STAFF_2FA) return
  if (!(await holdsDemoAccounts(payload))) return
  process.env.LAUREL_STAFF_2FA = 'optional'
  payload.logger.warn(
    'This database holds the demo content: the second factor is optional for staff (LAUREL_STAFF_2FA=optional). Set LAUREL_STAFF_2FA=required to require it.',
  )
}
