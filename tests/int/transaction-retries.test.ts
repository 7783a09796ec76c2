// A save that MongoDB aborts as transient (two saves wrote the same record) is run again as a
// whole and lands exactly once. Here the database's commit fails once with the error MongoDB's
// driver raises, labelled `TransientTransactionError`, after undoing the transaction's writes as
// MongoDB does; the save must still succeed, once, through the Local API and through REST.
import { MongoServerError } from 'mongodb'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { MAX_SAVE_ATTEMPTS } from '@/transactions/retryTransient'

import { api, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { sampleData } from '../helpers/samples'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let unitId: number
let commit: Payload['db']['commitTransaction']

const writeConflict = () =>
  new MongoServerError({
    message: 'WriteConflict error: this operation conflicted with another operation.',
    code: 112,
    codeName: 'WriteConflict',
    errorLabels: ['TransientTransactionError'],
  })

/** The next `failures` commits fail as MongoDB's would: the writes are undone, then it throws. */
const failCommits = (failures: number) => {
  const calls = { commits: 0 }
  payload.db.commitTransaction = async (id) => {
    calls.commits += 1
    if (calls.commits > failures) return commit.call(payload.db, id)
    await payload.db.rollbackTransaction(id)
    throw writeConflict()
  }
  return calls
}

const noticesTitled = async (title: string) =>
  (await payload.count({ collection: 'commendations', where: { title: { equals: title } } }))
    .totalDocs

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  commit = payload.db.commitTransaction
  unitId = (
    await payload.create({
      collection: 'units',
      data: { ...sampleData('units', { unit: 0, expert: 0 }), _status: 'published' } as never,
    })
  ).id as number
})
afterEach(() => {
  payload.db.commitTransaction = commit
})
afterAll(closePayload)

const noticeData = (title: string) => ({
  ...sampleData('commendations', { unit: unitId, expert: 0 }),
  title,
  _status: 'published',
})

describe('a save aborted as a transient transaction error', () => {
  it('through the Local API is saved exactly once', async () => {
    const calls = failCommits(1)
    const doc = await payload.create({
      collection: 'commendations',
      data: noticeData('重试一次的通报') as never,
      user: staff.editor,
      overrideAccess: false,
    })
    expect(doc._status).toBe('published')
    expect(calls.commits).toBe(2)
    expect(await noticesTitled('重试一次的通报')).toBe(1)
  })

  it('through REST, as the admin saves, is saved exactly once', async () => {
    const token = await login(staff.editor.email, PASSWORD)
    const calls = failCommits(1)
    const { status } = await api('POST', '/commendations', {
      token,
      json: noticeData('网页上重试的通报'),
    })
    expect(status).toBe(201)
    expect(calls.commits).toBe(2)
    expect(await noticesTitled('网页上重试的通报')).toBe(1)
  })

  it('that keeps failing is tried a bounded number of times and leaves nothing behind', async () => {
    const calls = failCommits(Number.POSITIVE_INFINITY)
    await expect(
      payload.create({
        collection: 'commendations',
        data: noticeData('始终冲突的通报') as never,
        user: staff.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/WriteConflict/)
    expect(calls.commits).toBe(MAX_SAVE_ATTEMPTS)
    payload.db.commitTransaction = commit
    expect(await noticesTitled('始终冲突的通报')).toBe(0)
  })

  it('any other error is not retried', async () => {
    let commits = 0
    payload.db.commitTransaction = async (id) => {
      commits += 1
      await payload.db.rollbackTransaction(id)
      throw new Error('disk full')
    }
    await expect(
      payload.create({ collection: 'commendations', data: noticeData('磁盘满') as never }),
    ).rejects.toThrow('disk full')
    expect(commits).toBe(1)
  })
})
