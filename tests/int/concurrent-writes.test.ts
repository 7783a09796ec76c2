// Several people saving at the same moment: every save lands, none fails because another
// save holds the database. On MongoDB the published notices all rewrite the one honor-roll record
// and same-title notices race for one slug: those conflicts are retried (ADR 0025); on SQLite
// writes take turns.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recountHonorRollFigures } from '@/collections/Commendations/honorRollFigures'
import { honorRollFigures } from '@/data/honorRollFigures'

import { closePayload, testPayload } from '../helpers/payload'
import { sampleData } from '../helpers/samples'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let unitId: number

const failuresOf = (results: PromiseSettledResult<unknown>[]) =>
  results.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []))

const publishNotice = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'commendations',
    data: {
      ...sampleData('commendations', { unit: unitId, expert: 0 }),
      ...data,
      _status: 'published',
    } as never,
    user: staff.editor,
    overrideAccess: false,
  })

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  unitId = (
    await payload.create({
      collection: 'units',
      data: { ...sampleData('units', { unit: 0, expert: 0 }), _status: 'published' } as never,
    })
  ).id as number
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
    expect((await payload.count({ collection: 'units' })).totalDocs).toBe(21)
  })

  it('ten notices of one year published at once all land, and the honor roll counts all ten', async () => {
    // Stored figures, so that each save must recount them (a reader would count them afresh).
    await recountHonorRollFigures(payload)
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => publishNotice({ assessmentYear: 2019 })),
    )
    expect(failuresOf(results)).toEqual([])
    const year = (await honorRollFigures()).years.find((figures) => figures.year === 2019)
    expect(year?.notices).toBe(10)
  })

  it('two notices with the same title saved at once get different addresses', async () => {
    const title = '关于表彰同名通报的决定'
    const results = await Promise.allSettled([publishNotice({ title }), publishNotice({ title })])
    expect(failuresOf(results)).toEqual([])
    const { docs } = await payload.find({
      collection: 'commendations',
      where: { title: { equals: title } },
      sort: 'slug',
    })
    expect(docs.map((doc) => doc.slug)).toEqual([
      'guan-yu-biao-zhang-tong-ming-tong-bao-de-jue-ding',
      'guan-yu-biao-zhang-tong-ming-tong-bao-de-jue-ding-2',
    ])
  })
})
