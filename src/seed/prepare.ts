// What a server does before it serves: bring the database schema up to date, create the first
// administrator if the operator asked for one, and fill an empty database with demo content.
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Migration,
  type Payload,
} from 'payload'

import { relaxSecondFactorForDemo } from '@/auth/secondFactor/demoDefault'
import { migrations } from '@/migrations'

const applyMigrations = async (payload: Payload) => {
  // In production the SQLite adapter applies them itself (prodMigrations); MongoDB needs none.
  if (payload.db.name !== 'sqlite' || process.env.NODE_ENV === 'production') return
  // The generated migration functions are typed for SQLite's arguments, not the generic ones.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}

const isEmpty = async (payload: Payload) => {
  const counts = await Promise.all(
    (['users', 'units', 'commendations'] as const).map((collection) =>
      payload.count({ collection, overrideAccess: true }),
    ),
  )
  return counts.every(({ totalDocs }) => totalDocs === 0)
}

const createBootstrapAdmin = async (payload: Payload) => {
  const email = process.env.LAUREL_ADMIN_EMAIL
  const password = process.env.LAUREL_ADMIN_PASSWORD
  if (!email || !password) return
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  await payload.create({
    collection: 'users',
    data: { email, password, roles: ['admin'] },
    overrideAccess: true,
  })
  payload.logger.info(`Created the administrator ${email} from LAUREL_ADMIN_EMAIL.`)
}

/** Seeds inside one transaction: a failure leaves the database as empty as it was. */
const seedDemo = async (payload: Payload) => {
  const password = process.env.LAUREL_DEMO_PASSWORD || 'laurel-demo-2026'
  const { seedDemoContent } = await import('./demo')
  const req = await createLocalReq({ context: { seeding: true } }, payload)
  await initTransaction(req)
  try {
    await seedDemoContent(payload, req, password)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  payload.logger.info(
    'Seeded demo content; staff accounts use LAUREL_DEMO_PASSWORD (default laurel-demo-2026).',
  )
}

export const prepareDatabase = async (payload: Payload) => {
  await applyMigrations(payload)
  const empty = await isEmpty(payload)
  await createBootstrapAdmin(payload)
  if (empty && process.env.LAUREL_SEED_DEMO !== 'false') await seedDemo(payload)
  await relaxSecondFactorForDemo(payload)
}
