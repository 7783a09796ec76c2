// What a server does before it serves: bring the database schema up to date, create the first
// administrator if the operator asked for one, and fill an empty database with demo content.
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import { relaxSecondFactorForDemo } from '@/auth/secondFactor/demoDefault'
import { migrateOwn } from '@/lib/ownMigrations'
import { retryTransient } from '@/transactions/retryTransient'
import {
  runsWithoutTransactions,
  WITHOUT_TRANSACTIONS_WARNING,
} from '@/transactions/withoutTransactions'

const applyMigrations = async (payload: Payload) => {
  // In production each adapter applies its own itself (prodMigrations).
  if (process.env.NODE_ENV === 'production') return
  await migrateOwn(payload)
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
  // A transient abort (ADR 0025) leaves nothing behind, so the whole seed may run again.
  await retryTransient(async () => {
    const req = await createLocalReq({ context: { seeding: true } }, payload)
    await initTransaction(req)
    try {
      await seedDemoContent(payload, req, password)
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  })
  payload.logger.info(
    'Seeded demo content; staff accounts use LAUREL_DEMO_PASSWORD (default laurel-demo-2026).',
  )
}

export const prepareDatabase = async (payload: Payload) => {
  const withoutTransactions = runsWithoutTransactions(payload)
  if (withoutTransactions) payload.logger.warn(WITHOUT_TRANSACTIONS_WARNING)
  await applyMigrations(payload)
  const empty = await isEmpty(payload)
  await createBootstrapAdmin(payload)
  if (empty && process.env.LAUREL_SEED_DEMO !== 'false') {
    // Refused, not failed: the server still starts, empty, and says why.
    if (withoutTransactions) payload.logger.warn('The demo content was not seeded: see above.')
    else await seedDemo(payload)
  }
  await relaxSecondFactorForDemo(payload)
}
