// What members of the public wrote about themselves in nominations and objections is deleted a set
// time after editors decided on it (365 days unless LAUREL_PERSONAL_DATA_RETENTION_DAYS says
// otherwise), by a scheduled job, each deletion audited without the person's name. The clock is
// the job's argument here; one run goes through the jobs queue as the server's runner does it.
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deleteExpiredSubmissions, retentionDays } from '@/participation/personalDataRetention'
import type { Commendation, Nomination, Objection } from '@/payload-types'

import { closePayload, testPayload } from '../helpers/payload'
import { createAsSystem } from '../helpers/samples'
import { createStaff, type Staff } from '../helpers/staff'

const DAY = 24 * 60 * 60 * 1000
let payload: Payload
let staff: Staff
let notice: Commendation

const nominate = async (nominatorName: string) =>
  (await payload.create({
    collection: 'nominations',
    data: {
      nomineeKind: 'person',
      nominee: '王某',
      nomineeUnit: '某街道',
      deeds: '事迹。',
      nominatorName,
      nominatorContact: '13900000000',
      consent: true,
    } as never,
    overrideAccess: true,
  })) as Nomination

const object = async (objectorName: string) =>
  (await payload.create({
    collection: 'objections',
    data: {
      commendation: notice.id,
      objectorName,
      objectorContact: '13800000000',
      grounds: '有异议。',
      consent: true,
    } as never,
    overrideAccess: true,
  })) as Objection

/** An editor decides, as in the admin; the last save is when the submission was closed. */
const decide = async (collection: 'nominations' | 'objections', id: number, status: string) =>
  (await payload.update({
    collection,
    id,
    data: { status } as never,
    user: staff.editor,
    overrideAccess: false,
  })) as Nomination | Objection

const exists = async (collection: 'nominations' | 'objections', id: number) =>
  (await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true }))
    .totalDocs === 1

/** The job's work as the runner does it, at the time `now` says. */
const runJob = async (now: Date, days?: number) =>
  deleteExpiredSubmissions(await createLocalReq({}, payload), now, days)

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  const unit = await createAsSystem(payload, 'units', { unit: 0, expert: 0 })
  notice = (await createAsSystem(payload, 'commendations', {
    unit: unit.id as number,
    expert: 0,
  })) as Commendation
})
afterAll(closePayload)

describe('personal data in nominations and objections', () => {
  it('is deleted 365 days after an editor closed it, not a day before; open ones stay', async () => {
    const accepted = await nominate('李甲')
    const closed = await decide('nominations', accepted.id, 'accepted')
    const waiting = await nominate('李乙')
    const dismissed = await decide('objections', (await object('张丙')).id, 'dismissed')
    const closedAt = new Date(closed.updatedAt).getTime()

    const early = await runJob(new Date(closedAt + 364 * DAY))
    expect(early).toEqual({ nominations: 0, objections: 0 })
    expect(await exists('nominations', accepted.id)).toBe(true)

    const due = await runJob(new Date(closedAt + 366 * DAY))
    expect(due).toEqual({ nominations: 1, objections: 1 })
    expect(await exists('nominations', accepted.id)).toBe(false)
    expect(await exists('objections', dismissed.id)).toBe(false)
    // Still waiting for an editor, however old: kept.
    expect(await exists('nominations', waiting.id)).toBe(true)
    await runJob(new Date(closedAt + 5000 * DAY))
    expect(await exists('nominations', waiting.id)).toBe(true)
  })

  it('leaves an audit entry for each deletion, naming the reference and never the person', async () => {
    const rejected = await decide('nominations', (await nominate('赵丁')).id, 'rejected')
    await runJob(new Date(new Date(rejected.updatedAt).getTime() + 366 * DAY))
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { targetCollection: { equals: 'nominations' } },
          { targetId: { equals: String(rejected.id) } },
        ],
      },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const [entry] = docs
    expect(entry).toMatchObject({
      action: 'delete',
      targetTitle: (rejected as Nomination).reference,
      actorId: null,
      detail: { reason: 'retention', retentionDays: 365, status: 'rejected' },
    })
    expect(JSON.stringify(entry)).not.toMatch(/赵丁|13900000000/)
  })

  it('keeps them as long as LAUREL_PERSONAL_DATA_RETENTION_DAYS says', async () => {
    expect(retentionDays(undefined)).toBe(365)
    expect(retentionDays('30')).toBe(30)
    expect(() => retentionDays('a year')).toThrow(/whole number of days/)
    expect(() => retentionDays('-1')).toThrow(/whole number of days/)
    const upheld = await decide('objections', (await object('钱戊')).id, 'upheld')
    const closedAt = new Date(upheld.updatedAt).getTime()
    await runJob(new Date(closedAt + 29 * DAY), retentionDays('30'))
    expect(await exists('objections', upheld.id)).toBe(true)
    await runJob(new Date(closedAt + 31 * DAY), retentionDays('30'))
    expect(await exists('objections', upheld.id)).toBe(false)
  })

  it('is deleted by the scheduled job the server’s runner runs', async () => {
    const duplicate = await decide('nominations', (await nominate('孙己')).id, 'duplicate')
    process.env.LAUREL_PERSONAL_DATA_RETENTION_DAYS = '0'
    try {
      await payload.jobs.queue({ task: 'deleteExpiredSubmissions', input: {} })
      await payload.jobs.run({ sequential: true })
    } finally {
      delete process.env.LAUREL_PERSONAL_DATA_RETENTION_DAYS
    }
    expect(await exists('nominations', duplicate.id)).toBe(false)
  })
})
