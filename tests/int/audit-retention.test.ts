// Audit entries are kept: no role alters or deletes one, through REST or the Local API, and the
// pruning job removes only entries older than the retention period (at least 180 days), measured
// on an injected clock.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pruneAuditLog } from '@/auth/auditRetention/pruneAuditLog'
import { auditRetentionDays } from '@/auth/auditRetention/retentionDays'

import { api, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let entryId: number

const DAY = 24 * 60 * 60 * 1000
const NOW = Date.parse('2027-06-30T12:00:00Z')

const entryAged = async (days: number) =>
  (
    await payload.db.create({
      collection: 'audit-log',
      data: {
        action: 'login',
        targetCollection: 'users',
        targetTitle: `${days} days old`,
        createdAt: new Date(NOW - days * DAY).toISOString(),
        updatedAt: new Date(NOW - days * DAY).toISOString(),
      },
    })
  ).id as number
const titles = async () =>
  (await payload.find({ collection: 'audit-log', limit: 0, sort: 'createdAt' })).docs.map(
    (entry) => entry.targetTitle,
  )

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  entryId = await entryAged(1)
})
afterAll(closePayload)

describe('nobody alters or deletes an audit entry', () => {
  it.each(['admin', 'editor', 'expert'] as const)(
    'REST, as %s: 403 and the entry unchanged',
    async (role) => {
      const token = await login(staff[role].email, PASSWORD)
      const patched = await api('PATCH', `/audit-log/${entryId}`, {
        token,
        json: { targetTitle: 'rewritten' },
      })
      const deleted = await api('DELETE', `/audit-log/${entryId}`, { token })
      expect([patched.status, deleted.status]).toEqual([403, 403])
      const entry = await payload.findByID({ collection: 'audit-log', id: entryId })
      expect(entry.targetTitle).toBe('1 days old')
    },
  )

  it.each(['admin', 'editor', 'expert'] as const)('Local API, as %s: refused', async (role) => {
    const user = staff[role]
    await expect(
      payload.update({
        collection: 'audit-log',
        id: entryId,
        data: { targetTitle: 'rewritten' },
        overrideAccess: false,
        user,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'audit-log', id: entryId, overrideAccess: false, user }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await payload.findByID({ collection: 'audit-log', id: entryId })).targetTitle).toBe(
      '1 days old',
    )
  })
})

describe('the pruning job', () => {
  it('removes entries older than the retention period and never a younger one', async () => {
    await payload.db.deleteMany({ collection: 'audit-log', where: {} })
    for (const days of [400, 181, 180.01, 179.99, 1]) await entryAged(days)
    expect(await pruneAuditLog(payload, { days: 180, now: NOW })).toBe(3)
    expect(await titles()).toEqual(['179.99 days old', '1 days old'])
  })

  it('keeps everything younger than a longer period', async () => {
    expect(await pruneAuditLog(payload, { days: 365, now: NOW })).toBe(0)
    expect(await titles()).toHaveLength(2)
  })
})

describe('LAUREL_AUDIT_RETENTION_DAYS', () => {
  it('defaults to a year and accepts 180 days or more', () => {
    expect(auditRetentionDays(undefined)).toBe(365)
    expect(auditRetentionDays('180')).toBe(180)
    expect(auditRetentionDays('730')).toBe(730)
  })

  it.each(['179', '30', '0', '-5', 'half a year', '200.5'])('refuses %s at start-up', (value) => {
    expect(() => auditRetentionDays(value)).toThrow(/at least 180 days/)
  })
})
