// The admin as each role's desk: what waits for an editor, where an expert's own pieces stand,
// and an expert's image library holding only their own uploads while every file stays public.
// Everything is read through the Local API as the signed-in person (overrideAccess: false).
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  countInState,
  inPublicNotice,
  newNominations,
  ownPieces,
  recentlyPublished,
} from '@/workflow/desk'
import { scheduledMoves } from '@/workflow/scheduled'

import { api, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createAsSystem, pngFile, sampleData } from '../helpers/samples'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff

const as = (user: Staff[keyof Staff]) => ({ user, overrideAccess: false })

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
})
afterAll(closePayload)

describe("an expert's images", () => {
  let own: { id: number; filename?: string | null }
  let others: { id: number; filename?: string | null }

  beforeAll(async () => {
    own = await payload.create({
      collection: 'media',
      data: { alt: '专家自己的图' },
      file: await pngFile('own.png'),
      ...as(staff.expert),
    })
    others = await payload.create({
      collection: 'media',
      data: { alt: '编辑的图' },
      file: await pngFile('editors.png'),
      ...as(staff.editor),
    })
  })

  it('records who uploaded each image, whatever the upload said', async () => {
    const stored = await payload.findByID({ collection: 'media', id: own.id, depth: 0 })
    expect(stored.uploadedBy).toBe(staff.expert.id)
    const forged = await payload.create({
      collection: 'media',
      data: { alt: '冒名', uploadedBy: staff.editor.id },
      file: await pngFile('forged.png'),
      ...as(staff.expert),
    })
    expect(
      (await payload.findByID({ collection: 'media', id: forged.id, depth: 0 })).uploadedBy,
    ).toBe(staff.expert.id)
  })

  it("lists only their own uploads to an expert, and everyone's to an editor", async () => {
    const listed = async (user: Staff[keyof Staff]) =>
      (await payload.find({ collection: 'media', depth: 0, ...as(user) })).docs.map((d) => d.id)
    expect(await listed(staff.expert)).toContain(own.id)
    expect(await listed(staff.expert)).not.toContain(others.id)
    expect(await listed(staff.otherExpert)).not.toContain(own.id)
    expect(await listed(staff.editor)).toEqual(expect.arrayContaining([own.id, others.id]))
  })

  it('keeps every image public: readers and the files themselves', async () => {
    const publicList = await payload.find({ collection: 'media', overrideAccess: false })
    expect(publicList.docs.map((d) => d.id)).toEqual(expect.arrayContaining([own.id, others.id]))
    expect(publicList.docs.every((doc) => doc.uploadedBy === undefined)).toBe(true)
    const expert = await login(staff.expert.email, PASSWORD)
    const file = await api('GET', `/media/file/${others.filename}`, { token: expert })
    expect(file.status).toBe(200)
    expect((await api('GET', `/media/${others.id}`, { token: expert })).status).toBe(404)
  })
})

describe('the editorial desk', () => {
  let submittedId: number

  beforeAll(async () => {
    const unit = await createAsSystem(payload, 'units', { unit: 0, expert: staff.expert.id })
    const refs = { unit: unit.id, expert: staff.expert.id }
    const piece = await payload.create({
      collection: 'interpretations',
      data: { ...sampleData('interpretations', refs), title: '待审的解读' } as never,
      draft: true,
      ...as(staff.expert),
    })
    submittedId = piece.id
    await payload.update({
      collection: 'interpretations',
      id: piece.id,
      data: { reviewState: 'submitted' },
      ...as(staff.expert),
    })
    const sentBack = await payload.create({
      collection: 'interpretations',
      data: { ...sampleData('interpretations', refs), title: '退回的解读' } as never,
      draft: true,
      ...as(staff.expert),
    })
    await payload.update({
      collection: 'interpretations',
      id: sentBack.id,
      data: { reviewState: 'submitted' },
      ...as(staff.expert),
    })
    await payload.update({
      collection: 'interpretations',
      id: sentBack.id,
      data: { reviewState: 'rejected', rejectionReason: '请补充案例。' },
      ...as(staff.editor),
    })
    await createAsSystem(payload, 'interpretations', { ...refs, expert: staff.otherExpert.id })

    const notice = await payload.create({
      collection: 'commendations',
      data: {
        ...sampleData('commendations', refs),
        title: '公示中的通报',
        publicNotice: {
          state: 'in-notice',
          endsAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
        _status: 'published',
      } as never,
      ...as(staff.editor),
    })
    for (const name of ['甲', '乙']) {
      await payload.create({
        collection: 'objections',
        data: {
          commendation: notice.id,
          objectorName: name,
          objectorContact: '13800000000',
          grounds: '有异议。',
          consent: true,
        } as never,
        overrideAccess: true,
      })
    }
    const later = await createAsSystem(payload, 'commendations', refs, 'draft')
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 3_600_000),
      input: { type: 'publish', doc: { relationTo: 'commendations', value: later.id } },
    })
    await payload.create({
      collection: 'nominations',
      data: {
        nominee: '王某',
        nomineeUnit: '某街道',
        deeds: '事迹。',
        nominatorName: '李某',
        nominatorContact: '13900000000',
        consent: true,
      } as never,
      overrideAccess: true,
    })
  })

  it('shows an editor what waits for review, per kind, with the list that holds it', async () => {
    const counts = await countInState({ payload, user: staff.editor }, 'submitted')
    expect(counts.find((c) => c.collection === 'interpretations')).toMatchObject({
      count: 1,
      href: '/admin/collections/interpretations?where[reviewState][equals]=submitted',
    })
    expect(counts.find((c) => c.collection === 'commendations')?.count).toBe(0)
  })

  it('shows notices in public notice with their objections, scheduled moves and new nominations', async () => {
    const asker = { payload, user: staff.editor }
    expect(await inPublicNotice(asker)).toEqual([
      expect.objectContaining({ title: '公示中的通报', note: '2' }),
    ])
    const scheduled = await scheduledMoves(payload, staff.editor)
    expect(scheduled).toHaveLength(1)
    expect(scheduled[0]?.note).toBe('publish')
    expect(await newNominations(asker)).toBe(1)
    expect((await recentlyPublished(asker)).map((item) => item.title)).toContain('公示中的通报')
  })

  it('shows an expert their own pieces only, with the reason one was sent back', async () => {
    const pieces = await ownPieces({ payload, user: staff.expert })
    expect(pieces.map((p) => [p.title, p.state, p.note])).toEqual(
      expect.arrayContaining([
        ['待审的解读', 'submitted', undefined],
        ['退回的解读', 'rejected', '请补充案例。'],
      ]),
    )
    expect(pieces).toHaveLength(2)
    expect(await ownPieces({ payload, user: staff.otherExpert })).toHaveLength(1)
  })

  it('counts for an expert only what an expert may read', async () => {
    const asker = { payload, user: staff.expert }
    expect(await newNominations(asker).catch(() => 'refused')).toBe('refused')
    expect(await scheduledMoves(payload, staff.otherExpert)).toHaveLength(0)
    const submitted = await countInState({ payload, user: staff.otherExpert }, 'submitted')
    expect(submitted.find((c) => c.collection === 'interpretations')?.count).toBe(0)
    expect(submittedId).toBeGreaterThan(0)
  })
})
