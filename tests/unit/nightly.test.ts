// A daily task runs at its hour by the district's clock, whatever the server's time zone.
import { describe, expect, it } from 'vitest'

import { nextInDistrict, nightly } from '@/lib/nightly'

describe('a nightly task', () => {
  it('is due at half past three in Beijing, which is 19:30 UTC the day before', () => {
    const morning = new Date('2026-12-07T00:00:00Z') // 08:00 in Shanghai
    expect(nextInDistrict('0 30 3 * * *', morning, 'Asia/Shanghai').toISOString()).toBe(
      '2026-12-07T19:30:00.000Z',
    )
    const justAfter = new Date('2026-12-07T19:30:01Z')
    expect(nextInDistrict('0 30 3 * * *', justAfter, 'Asia/Shanghai').toISOString()).toBe(
      '2026-12-08T19:30:00.000Z',
    )
  })

  it('follows another district zone when one is set', () => {
    const from = new Date('2026-12-07T00:00:00Z')
    expect(nextInDistrict('0 30 3 * * *', from, 'Europe/London').toISOString()).toBe(
      '2026-12-07T03:30:00.000Z',
    )
  })

  it('queues its job for that time, keeping what Payload decides about queueing at all', async () => {
    const schedule = nightly(3, 30, () => new Date('2026-12-07T00:00:00Z'))
    const decided = { input: {}, shouldSchedule: false, waitUntil: new Date(0) }
    const beforeSchedule = schedule.hooks!.beforeSchedule!
    const result = await beforeSchedule({
      defaultBeforeSchedule: async () => decided,
    } as unknown as Parameters<typeof beforeSchedule>[0])
    expect(result).toEqual({ ...decided, waitUntil: new Date('2026-12-07T19:30:00.000Z') })
  })
})
