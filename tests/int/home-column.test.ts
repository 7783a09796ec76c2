// The home page's column: the latest of each kind, official notices by the day they were issued,
// and nothing withdrawn.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { latestColumn } from '@/data/latest'

import { closePayload, testPayload } from '../helpers/payload'
import { createAsSystem, type Refs } from '../helpers/samples'

let payload: Payload
let refs: Refs

const notice = async (title: string, issuedAt: string) => {
  const created = await createAsSystem(payload, 'commendations', refs)
  return payload.update({
    collection: 'commendations',
    id: created.id,
    data: { title, issuedAt },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  const unit = await createAsSystem(payload, 'units', { unit: 0, expert: 0 })
  refs = { unit: unit.id, expert: 0 }
})
afterAll(closePayload)

describe('the home column', () => {
  it('orders notices by the day they were issued and shows that day', async () => {
    await notice('较晚印发的通报', '2026-06-01T00:00:00.000Z')
    await notice('较早印发的通报', '2025-03-01T00:00:00.000Z')
    const { commendations } = await latestColumn('zh')
    expect(commendations.map((item) => [item.title, item.date.slice(0, 10)])).toEqual([
      ['较晚印发的通报', '2026-06-01'],
      ['较早印发的通报', '2025-03-01'],
    ])
  })

  it('leaves out a withdrawn notice', async () => {
    const withdrawn = await notice('已撤回的通报', '2026-07-01T00:00:00.000Z')
    await payload.update({
      collection: 'commendations',
      id: withdrawn.id,
      data: { reviewState: 'withdrawn', withdrawal: { reason: '依据的考核结果有误。' } },
      overrideAccess: true,
    })
    const { commendations } = await latestColumn('zh')
    expect(commendations.map((item) => item.title)).not.toContain('已撤回的通报')
  })
})
