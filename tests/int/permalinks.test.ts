// Permalinks of the official record: made from the title, unique, and kept when the title changes.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, testPayload } from '../helpers/payload'
import { type Refs, sampleData } from '../helpers/samples'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let refs: Refs

const publishNotice = (title: string) =>
  payload.create({
    collection: 'commendations',
    data: { ...sampleData('commendations', refs), title, _status: 'published' } as never,
    user: staff.editor,
    overrideAccess: false,
  })

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  const unit = await payload.create({
    collection: 'units',
    data: {
      name: '白沙镇',
      kind: 'town-office',
      assessmentCategory: 'ecological-development',
      _status: 'published',
    },
    overrideAccess: true,
  })
  refs = { unit: unit.id, expert: staff.expert.id }
})
afterAll(closePayload)

describe('permalinks', () => {
  it('are made from the Chinese title in pinyin', async () => {
    const notice = await publishNotice('关于表彰白沙镇的通报')
    expect(notice.slug).toBe('guan-yu-biao-zhang-bai-sha-zhen-de-tong-bao')
  })

  it('stay unique when two notices share a title', async () => {
    const first = await publishNotice('年度表彰通报')
    const second = await publishNotice('年度表彰通报')
    expect(first.slug).toBe('nian-du-biao-zhang-tong-bao')
    expect(second.slug).toBe('nian-du-biao-zhang-tong-bao-2')
  })

  it('survive an edit of the title, in either language', async () => {
    const notice = await publishNotice('原标题')
    const renamed = await payload.update({
      collection: 'commendations',
      id: notice.id,
      data: { title: '更正后的标题' },
      user: staff.editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'commendations',
      id: notice.id,
      locale: 'en',
      data: { title: 'Corrected' },
      overrideAccess: true,
    })
    expect(renamed.slug).toBe('yuan-biao-ti')
    expect((await payload.findByID({ collection: 'commendations', id: notice.id })).slug).toBe(
      'yuan-biao-ti',
    )
  })

  it('can be set by an editor, and a taken one is refused', async () => {
    const notice = await publishNotice('自定义链接')
    const changed = await payload.update({
      collection: 'commendations',
      id: notice.id,
      data: { slug: 'Honour Roll 2026' },
      user: staff.editor,
      overrideAccess: false,
    })
    expect(changed.slug).toBe('honour-roll-2026')
    await expect(
      payload.update({
        collection: 'commendations',
        id: notice.id,
        data: { slug: 'yuan-biao-ti' },
        user: staff.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/slug|链接名/)
  })
})
