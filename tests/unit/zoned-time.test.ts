// Scheduling reads and writes wall-clock times in the district's zone, not the browser's.
import { describe, expect, it } from 'vitest'

import { formatInZone, instantOf, wallTimeOf, zoneName } from '@/lib/zonedTime'

describe('wall-clock times in a zone', () => {
  it('9:30 in Shanghai is 1:30 UTC, and reads back as 9:30', () => {
    const instant = instantOf('2026-12-08T09:30', 'Asia/Shanghai')
    expect(instant?.toISOString()).toBe('2026-12-08T01:30:00.000Z')
    expect(wallTimeOf(instant!, 'Asia/Shanghai')).toBe('2026-12-08T09:30')
  })

  it('crosses midnight and a change of summer time', () => {
    expect(instantOf('2026-12-08T03:00', 'Asia/Shanghai')?.toISOString()).toBe(
      '2026-12-07T19:00:00.000Z',
    )
    // New York: winter UTC-5, summer UTC-4 (the change is on 8 March 2026).
    expect(instantOf('2026-03-07T12:00', 'America/New_York')?.toISOString()).toBe(
      '2026-03-07T17:00:00.000Z',
    )
    expect(instantOf('2026-03-09T12:00', 'America/New_York')?.toISOString()).toBe(
      '2026-03-09T16:00:00.000Z',
    )
    expect(wallTimeOf(new Date('2026-03-09T16:00:00Z'), 'America/New_York')).toBe(
      '2026-03-09T12:00',
    )
  })

  it('refuses text that is not a time', () => {
    expect(instantOf('', 'Asia/Shanghai')).toBeNull()
    expect(instantOf('2026-12-08 09:30', 'Asia/Shanghai')).toBeNull()
  })

  it('writes a time with its year in the reader’s language, and names the zone', () => {
    const at = '2026-12-08T01:30:00.000Z'
    expect(formatInZone(at, 'Asia/Shanghai', 'zh-CN')).toBe('2026年12月8日 09:30')
    expect(formatInZone(at, 'Asia/Shanghai', 'en-GB')).toBe('8 December 2026 at 09:30')
    expect(zoneName('Asia/Shanghai', 'zh-CN')).toBe('中国标准时间')
  })
})
