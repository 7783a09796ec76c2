// MongoDB without a replica set has no transactions (LAUREL_MONGODB_WITHOUT_TRANSACTIONS=true).
// Then the two writes that must be all or nothing are refused, and the server says so when it
// starts. The adapter's own switch (`transactionOptions: false`, which db-mongodb's connect sets
// when the URI names no replica set) is turned off here on this test's database.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { prepareDatabase } from '@/seed/prepare'
import { WITHOUT_TRANSACTIONS_WARNING } from '@/transactions/withoutTransactions'

import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let transactionOptions: unknown
const adapter = () => payload.db as unknown as { transactionOptions: unknown }

beforeAll(async () => {
  payload = await testPayload()
  transactionOptions = adapter().transactionOptions
  adapter().transactionOptions = false
})
afterAll(async () => {
  adapter().transactionOptions = transactionOptions
  process.env.LAUREL_SEED_DEMO = 'false'
  await closePayload()
})

describe('a server whose database has no transactions', () => {
  it('says so at start-up and leaves an empty database unseeded', async () => {
    const warn = vi.spyOn(payload.logger, 'warn')
    process.env.LAUREL_SEED_DEMO = 'true'
    await prepareDatabase(payload)
    expect(warn).toHaveBeenCalledWith(WITHOUT_TRANSACTIONS_WARNING)
    warn.mockRestore()
    for (const collection of ['units', 'commendations', 'users'] as const) {
      expect((await payload.count({ collection })).totalDocs, collection).toBe(0)
    }
  })

  it('refuses an intake with a 503 the editor can read, and writes nothing', async () => {
    staff = await createStaff(payload)
    const data = Buffer.from('单位,年度,等次,荣誉称号,事迹简介\n东岭镇,2025,优秀,先进,\n')
    const takeIn = payload.create({
      collection: 'assessment-intakes',
      data: { assessmentYear: 2025 } as never,
      file: { data, mimetype: 'text/csv', name: 'results.csv', size: data.length },
      user: staff.editor,
      overrideAccess: false,
    })
    await expect(takeIn).rejects.toMatchObject({ status: 503, message: /未启用事务/ })
    expect((await payload.count({ collection: 'assessment-intakes' })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'commendations' })).totalDocs).toBe(0)
  })
})
