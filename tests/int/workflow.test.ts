// The editorial journey of an expert's interpretation, through the REST API as each person would
// use it, and every forbidden move on the way refused without changing anything.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { jobsRunnerKey } from '@/endpoints/runJobs'

import { api, gql, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createAsSystem } from '../helpers/samples'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let expert: string
let editor: string
let id: number

const stored = () =>
  payload.findByID({ collection: 'interpretations', id, draft: true, overrideAccess: true })
const patch = (token: string | undefined, json: object, draft = false) =>
  api('PATCH', `/interpretations/${id}${draft ? '?draft=true' : ''}`, { token, json })

/** Tries a move that must be refused, and checks that nothing about the document changed. */
const expectRefused = async (
  status: number,
  token: string | undefined,
  json: object,
  draft = false,
) => {
  const before = await stored()
  const response = await patch(token, json, draft)
  expect(response.status).toBe(status)
  const after = await stored()
  expect([after.reviewState, after._status, after.title, after.updatedAt]).toEqual([
    before.reviewState,
    before._status,
    before.title,
    before.updatedAt,
  ])
  return response
}

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  expert = await login(staff.expert.email, PASSWORD)
  editor = await login(staff.editor.email, PASSWORD)
})
afterAll(closePayload)

describe('an expert writes an interpretation and an editor publishes it', () => {
  it('the expert drafts a piece, which nobody else sees', async () => {
    const { status, data } = await api('POST', '/interpretations?draft=true', {
      token: expert,
      json: {
        title: '如何理解容错纠错的边界',
        mechanism: 'fault-tolerance',
        summary: '三个区分。',
      },
    })
    expect(status).toBe(201)
    id = data.doc.id
    expect(data.doc.reviewState).toBe('draft')
    expect((await api('GET', `/interpretations/${id}?draft=true`)).status).toBe(404)
    const other = await login(staff.otherExpert.email, PASSWORD)
    expect((await api('GET', `/interpretations/${id}?draft=true`, { token: other })).status).toBe(
      404,
    )
  })

  it('the expert cannot publish, approve or go live by any road', async () => {
    const refused = await expectRefused(403, expert, { reviewState: 'published' })
    expect(refused.data.errors[0].message).toBe('您无权执行此操作。 (草稿 → 已发布)')
    await expectRefused(403, expert, { reviewState: 'approved' }, true)
    await expectRefused(403, expert, { _status: 'published' })
  })

  it('the expert submits it and can no longer change it', async () => {
    const { status, data } = await patch(expert, { reviewState: 'submitted' }, true)
    expect(status).toBe(200)
    expect(data.doc.reviewState).toBe('submitted')
    const refused = await expectRefused(403, expert, { title: '提交后偷偷改的标题' }, true)
    expect(JSON.stringify(refused.data)).not.toContain('stack')
  })

  it('the editor cannot send it back without a reason', async () => {
    const { data } = await expectRefused(400, editor, { reviewState: 'rejected' }, true)
    expect(data.errors[0].data.errors[0].path).toBe('rejectionReason')
  })

  it('the editor sends it back with a reason, which the expert reads and the public never does', async () => {
    const reason = '请补充一个本区的实际案例。'
    const { status } = await patch(
      editor,
      { reviewState: 'rejected', rejectionReason: reason },
      true,
    )
    expect(status).toBe(200)
    const own = await api('GET', `/interpretations/${id}?draft=true`, { token: expert })
    expect(own.data.rejectionReason).toBe(reason)

    // The public reaches neither the piece sent back nor its reason, by any door.
    for (const path of [
      `/interpretations/${id}?draft=true`,
      `/interpretations?draft=true&where[id][equals]=${id}`,
      `/interpretations/versions?where[parent][equals]=${id}`,
    ]) {
      const response = await api('GET', path)
      expect([403, 404, 200], path).toContain(response.status)
      expect(response.data.totalDocs ?? 0, path).toBe(0)
      expect(JSON.stringify(response.data), path).not.toContain(reason)
    }
    // And the field stays hidden even on a piece the public can read: a published piece that
    // carries a reason shows the public its title, never the reason.
    const readable = await createAsSystem(payload, 'interpretations', {
      unit: 0,
      expert: staff.expert.id,
    })
    await payload.update({
      collection: 'interpretations',
      id: readable.id,
      data: { rejectionReason: reason },
      overrideAccess: true,
    })
    const seen = await api('GET', `/interpretations/${readable.id}`)
    expect(seen.data.title).toBe((readable as { title: string }).title)
    expect(seen.data).not.toHaveProperty('rejectionReason')
    const { data } = await gql(`{ Interpretation(id: ${readable.id}) { title rejectionReason } }`)
    expect(data.data.Interpretation.title).toBe(seen.data.title)
    expect(JSON.stringify(data)).not.toContain(reason)
  })

  it('the expert revises and submits again', async () => {
    const revised = await patch(expert, { title: '如何理解容错纠错的边界（修订）' }, true)
    expect(revised.status).toBe(200)
    const { status, data } = await patch(expert, { reviewState: 'submitted' }, true)
    expect(status).toBe(200)
    expect(data.doc.reviewState).toBe('submitted')
  })

  it('a second sending back needs a new reason, not the old one', async () => {
    const { data } = await expectRefused(400, editor, { reviewState: 'rejected' }, true)
    expect(data.errors[0].message).toContain('退回理由')
  })

  it('the editor approves it, and approval alone does not publish', async () => {
    const { status } = await patch(editor, { reviewState: 'approved' }, true)
    expect(status).toBe(200)
    expect((await stored())._status).toBe('draft')
    expect((await api('GET', `/interpretations/${id}`)).status).toBe(404)
  })

  it('the editor publishes it and the public reads it, without any internal field', async () => {
    const { status } = await patch(editor, {
      reviewState: 'published',
      remarks: [{ text: '内部：下周首页推荐' }],
    })
    expect(status).toBe(200)
    const seen = await api('GET', `/interpretations/${id}`)
    expect(seen.status).toBe(200)
    expect(seen.data.title).toBe('如何理解容错纠错的边界（修订）')
    expect(seen.data.reviewState).toBe('published')
    // Payload leaves an empty array where the remarks were stripped; no remark ever shows.
    expect(seen.data.remarks ?? []).toEqual([])
    for (const field of ['rejectionReason', 'createdBy'])
      expect(seen.data).not.toHaveProperty(field)
    expect(JSON.stringify(seen.data)).not.toContain('内部')
    const byExpert = await api('GET', `/interpretations/${id}`, { token: expert })
    expect(byExpert.data.remarks ?? []).toEqual([])
  })

  it('the editor records remarks with who and when, filled in by the server', async () => {
    const { remarks } = await stored()
    expect(remarks?.[0]).toMatchObject({
      text: '内部：下周首页推荐',
      by: expect.anything(),
      at: expect.any(String),
    })
  })

  it('a published piece cannot go back to review', async () => {
    await expectRefused(403, editor, { reviewState: 'submitted' })
  })

  it('the editor corrects it with a public change note, dated by the server', async () => {
    const { status } = await patch(editor, {
      title: '如何理解容错纠错的边界（更正）',
      changeNotes: [{ note: '更正了标题中的表述。' }],
    })
    expect(status).toBe(200)
    const seen = await api('GET', `/interpretations/${id}`)
    expect(seen.data.title).toBe('如何理解容错纠错的边界（更正）')
    expect(seen.data.changeNotes).toEqual([
      expect.objectContaining({
        note: '更正了标题中的表述。',
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      }),
    ])
  })

  it('earlier change notes can be neither edited nor removed', async () => {
    await expectRefused(400, editor, { changeNotes: [] })
    const [note] = (await stored()).changeNotes ?? []
    await expectRefused(400, editor, { changeNotes: [{ ...note, at: '2020-01-01T00:00:00.000Z' }] })
  })

  it("withdrawal needs a public reason, asked for in the admin's language", async () => {
    const zh = await expectRefused(400, editor, { reviewState: 'withdrawn' })
    expect(zh.data.errors[0].data.errors[0]).toMatchObject({
      path: 'withdrawal.reason',
      message: '撤回需要一段公开的撤回理由。',
    })
    const before = await stored()
    const en = await api('PATCH', `/interpretations/${id}`, {
      token: editor,
      json: { reviewState: 'withdrawn' },
      headers: { 'Accept-Language': 'en' },
    })
    expect(en.status).toBe(400)
    expect(en.data.errors[0].data.errors[0].message).toBe('A withdrawal needs a public reason.')
    expect((await stored()).updatedAt).toBe(before.updatedAt)
  })

  it('the editor withdraws it; its address still answers, with the date and reason', async () => {
    const reason = '该解读所依据的政策已修订，请以新文件为准。'
    const { status } = await patch(editor, { reviewState: 'withdrawn', withdrawal: { reason } })
    expect(status).toBe(200)
    const seen = await api('GET', `/interpretations/${id}`)
    expect(seen.status).toBe(200)
    expect(seen.data.reviewState).toBe('withdrawn')
    expect(seen.data.withdrawal).toEqual({
      reason,
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    })
  })
})

describe('the record of the journey', () => {
  it('the audit log holds every step, in order, with who took it', async () => {
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { targetCollection: { equals: 'interpretations' } },
          { targetId: { equals: String(id) } },
        ],
      },
      sort: 'createdAt',
      limit: 100,
      overrideAccess: true,
    })
    const expert = 'expert@test.local'
    const editor = 'editor@test.local'
    // Drafted, submitted, sent back, revised, resubmitted, approved, published, corrected,
    // withdrawn; the refused attempts on the way left nothing.
    expect(docs.map((entry) => [entry.action, entry.actorEmail])).toEqual([
      ['create', expert],
      ['submit', expert],
      ['send-back', editor],
      ['update', expert],
      ['submit', expert],
      ['approve', editor],
      ['publish', editor],
      ['update', editor],
      ['withdraw', editor],
    ])
  })
})

describe('restoring an earlier version', () => {
  /** Restores, over REST as an editor, the version of a notice that had this title. */
  const restoreVersionTitled = async (id: number, title: string) => {
    const { docs } = await payload.findVersions({
      collection: 'commendations',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    const version = docs.find((each) => each.version.title === title)
    const restored = await api('POST', `/commendations/versions/${version?.id}`, { token: editor })
    expect(restored.status, JSON.stringify(restored.data)).toBe(200)
  }

  it('brings back the old text and keeps the document where it is in review', async () => {
    const unit = await createAsSystem(payload, 'units', { unit: 0, expert: 0 })
    const notice = await createAsSystem(payload, 'commendations', { unit: unit.id, expert: 0 })
    const original = (notice as { title: string }).title
    await api('PATCH', `/commendations/${notice.id}`, {
      token: editor,
      json: { title: '更正后的通报标题', changeNotes: [{ note: '更正了标题。' }] },
    })
    await restoreVersionTitled(notice.id, original)
    const after = await payload.findByID({
      collection: 'commendations',
      id: notice.id,
      overrideAccess: true,
    })
    expect(after.title).toBe(original)
    expect([after.reviewState, after._status]).toEqual(['published', 'published'])
  })

  it('keeps every change note ever published, in both languages, and every remark', async () => {
    const unit = await createAsSystem(payload, 'units', { unit: 0, expert: 0 })
    const notice = await createAsSystem(payload, 'commendations', { unit: unit.id, expert: 0 })
    const path = `/commendations/${notice.id}`
    const correct = async (title: string, note: string, remark: string) => {
      const { changeNotes = [], remarks = [] } = await payload.findByID({
        collection: 'commendations',
        id: notice.id,
        draft: true,
        overrideAccess: true,
      })
      const response = await api('PATCH', path, {
        token: editor,
        json: {
          title,
          changeNotes: [...(changeNotes ?? []), { note }],
          remarks: [...(remarks ?? []), { text: remark }],
        },
      })
      expect(response.status, JSON.stringify(response.data)).toBe(200)
      return response.data.doc
    }
    const original = (notice as { title: string }).title
    await correct('第一次更正的标题', '第一次更正。', '内部：第一次')
    const corrected = await correct('第二次更正的标题', '第二次更正。', '内部：第二次')
    // The notes in English too: a restore must not lose a language either.
    const english = await api('PATCH', `${path}?locale=en`, {
      token: editor,
      json: {
        changeNotes: corrected.changeNotes.map((row: object, index: number) => ({
          ...row,
          note: ['First correction.', 'Second correction.'][index],
        })),
      },
    })
    expect(english.status, JSON.stringify(english.data)).toBe(200)
    const records = async () => {
      const doc = await payload.findByID({
        collection: 'commendations',
        id: notice.id,
        locale: 'all',
        overrideAccess: true,
      })
      return { title: doc.title, changeNotes: doc.changeNotes, remarks: doc.remarks }
    }
    const before = await records()
    expect(before.changeNotes).toHaveLength(2)
    expect(before.remarks).toHaveLength(2)

    await restoreVersionTitled(notice.id, original)
    const after = await records()
    expect(after.title).toMatchObject({ zh: original })
    expect(after.changeNotes).toEqual(before.changeNotes)
    expect(after.remarks).toEqual(before.remarks)
    // The public reads both notes, and so does the restore's own new version.
    const seen = await api('GET', `${path}?locale=en`)
    expect(seen.data.changeNotes.map((row: { note: string }) => row.note)).toEqual([
      'First correction.',
      'Second correction.',
    ])
    const { docs: newest } = await payload.findVersions({
      collection: 'commendations',
      where: { parent: { equals: notice.id } },
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
    })
    expect(newest[0]?.version.changeNotes).toHaveLength(2)
  })

  it('of a withdrawn notice, from before its withdrawal, keeps the reason in both languages', async () => {
    const unit = await createAsSystem(payload, 'units', { unit: 0, expert: 0 })
    const notice = await createAsSystem(payload, 'commendations', { unit: unit.id, expert: 0 })
    const path = `/commendations/${notice.id}`
    const withdrawn = await api('PATCH', path, {
      token: editor,
      json: { reviewState: 'withdrawn', withdrawal: { reason: '依据的文件已废止。' } },
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.data)).toBe(200)
    const english = await api('PATCH', `${path}?locale=en`, {
      token: editor,
      json: { withdrawal: { reason: 'The document it rested on was repealed.' } },
    })
    expect(english.status, JSON.stringify(english.data)).toBe(200)
    const withdrawal = async () =>
      (
        await payload.findByID({
          collection: 'commendations',
          id: notice.id,
          locale: 'all',
          overrideAccess: true,
        })
      ).withdrawal
    const before = await withdrawal()
    expect(before?.reason).toEqual({
      zh: '依据的文件已废止。',
      en: 'The document it rested on was repealed.',
    })

    await restoreVersionTitled(notice.id, (notice as { title: string }).title)
    expect(await withdrawal()).toEqual(before)
    const seen = await api('GET', `${path}?locale=en`)
    expect(seen.data).toMatchObject({
      reviewState: 'withdrawn',
      withdrawal: { reason: 'The document it rested on was repealed.' },
    })
  })

  it('is closed to experts', async () => {
    const unit = await createAsSystem(payload, 'units', { unit: 0, expert: 0 })
    const notice = await createAsSystem(payload, 'commendations', { unit: unit.id, expert: 0 })
    const { docs } = await payload.findVersions({
      collection: 'commendations',
      where: { parent: { equals: notice.id } },
      overrideAccess: true,
    })
    const response = await api('POST', `/commendations/versions/${docs[0]?.id}`, { token: expert })
    expect(response.status).toBe(403)
  })
})

describe('two editors at once', () => {
  it('an editor cannot overwrite a notice another editor has open', async () => {
    const unit = await createAsSystem(payload, 'units', { unit: 0, expert: 0 })
    const notice = await createAsSystem(payload, 'commendations', { unit: unit.id, expert: 0 })
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'commendations', value: notice.id },
        user: { relationTo: 'users', value: staff.admin.id },
      },
      overrideAccess: true,
    })
    const response = await api('PATCH', `/commendations/${notice.id}`, {
      token: editor,
      json: { title: '覆盖' },
    })
    expect(response.status).toBe(423)
    const after = await payload.findByID({
      collection: 'commendations',
      id: notice.id,
      overrideAccess: true,
    })
    expect(after.title).toBe((notice as { title: string }).title)
  })
})

describe('scheduled publishing', () => {
  it('a notice scheduled by an editor goes live when its time comes, not before', async () => {
    const unit = await createAsSystem(payload, 'units', { unit: 0, expert: 0 })
    const notice = await createAsSystem(
      payload,
      'commendations',
      { unit: unit.id, expert: 0 },
      'draft',
    )
    const publishAt = new Date(Date.now() + 60 * 60_000)
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: publishAt,
      input: {
        type: 'publish',
        doc: { relationTo: 'commendations', value: notice.id },
        user: { relationTo: 'users', value: staff.editor.id },
      },
    })
    const status = async () =>
      (await payload.findByID({ collection: 'commendations', id: notice.id, overrideAccess: true }))
        .reviewState

    await payload.jobs.run({ sequential: true })
    expect(await status()).toBe('draft')

    // The clock is moved past the publishing time rather than waited for.
    vi.useFakeTimers({ toFake: ['Date'], now: publishAt.getTime() + 1000 })
    try {
      // The server's runner asks its own endpoint, with the key only the server knows.
      const stranger = await api('POST', '/laurel/run-jobs', {
        headers: { 'x-laurel-jobs-key': 'guess' },
      })
      expect(stranger.status).toBe(403)
      expect(await status()).toBe('draft')
      const runner = await api('POST', '/laurel/run-jobs', {
        headers: { 'x-laurel-jobs-key': jobsRunnerKey(payload.secret) },
      })
      expect(runner.status).toBe(200)
      expect(await status()).toBe('published')
    } finally {
      vi.useRealTimers()
    }
    const seen = await payload.findByID({
      collection: 'commendations',
      id: notice.id,
      overrideAccess: false,
    })
    expect(seen._status).toBe('published')
  })

  it('a scheduled unpublish takes a notice down', async () => {
    const unit = await createAsSystem(payload, 'units', { unit: 0, expert: 0 })
    const notice = await createAsSystem(payload, 'commendations', { unit: unit.id, expert: 0 })
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
      input: {
        type: 'unpublish',
        doc: { relationTo: 'commendations', value: notice.id },
        user: { relationTo: 'users', value: staff.editor.id },
      },
    })
    await payload.jobs.run({ sequential: true })
    const after = await payload.findByID({
      collection: 'commendations',
      id: notice.id,
      overrideAccess: true,
    })
    expect([after._status, after.reviewState]).toEqual(['draft', 'draft'])
    expect(
      await payload.findByID({
        collection: 'commendations',
        id: notice.id,
        overrideAccess: false,
        disableErrors: true,
      }),
    ).toBeNull()
  })

  it('only editors may queue or run jobs over the API', async () => {
    for (const token of [expert, undefined]) {
      expect([401, 403]).toContain((await api('GET', '/payload-jobs/run', { token })).status)
    }
  })
})
