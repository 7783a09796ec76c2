// Several people saving at the same moment: every save lands, none fails because another
// save holds the database.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, testPayload } from '../helpers/payload'
import { sampleData } from '../helpers/samples'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
})
afterAll(closePayload)

describe('concurrent saves', () => {
  it('twenty editors creating units at once all succeed', async () => {
    const saves = Array.from({ length: 20 }, () =>
      payload.create({
        collection: 'units',
        data: { ...sampleData('units', { unit: 0, expert: 0 }), _status: 'published' } as never,
        user: staff.editor,
        overrideAccess: false,
      }),
    )
    const results = await Promise.allSettled(saves)
    const failures = results.filter((result) => result.status === 'rejected')
    expect(failures.map((failure) => String((failure as PromiseRejectedResult).reason))).toEqual([])
    expect((await payload.count({ collection: 'units' })).totalDocs).toBe(20)
  })
})
