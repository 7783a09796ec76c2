// Chinese is the language of record; English is added where someone translated it, and readers of
// English see the Chinese wherever no English was written.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, testPayload } from '../helpers/payload'
import { createAsSystem } from '../helpers/samples'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let noticeId: number

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  const unit = await createAsSystem(payload, 'units', { unit: 0, expert: 0 })
  noticeId = (
    await createAsSystem(payload, 'commendations', { unit: unit.id, expert: staff.expert.id })
  ).id
})
afterAll(closePayload)

describe('an English translation', () => {
  it('may cover only the title, and the rest falls back to Chinese', async () => {
    await payload.update({
      collection: 'commendations',
      id: noticeId,
      locale: 'en',
      data: { title: 'Notice commending advanced units' },
      user: staff.editor,
      overrideAccess: false,
    })
    const english = await payload.findByID({
      collection: 'commendations',
      id: noticeId,
      locale: 'en',
      overrideAccess: false,
    })
    expect(english.title).toBe('Notice commending advanced units')
    expect(english.summary).toBe('表彰考核优秀的单位。')
    expect(english.awardees[0]?.honorTitle).toBe('先进单位')
    const chinese = await payload.findByID({
      collection: 'commendations',
      id: noticeId,
      locale: 'zh',
      overrideAccess: false,
    })
    expect(chinese.title).toMatch(/^关于表彰/)
  })

  it('cannot empty a required Chinese text', async () => {
    await expect(
      payload.update({
        collection: 'commendations',
        id: noticeId,
        locale: 'zh',
        data: { title: ' ' },
        user: staff.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/标题|title/)
  })
})
