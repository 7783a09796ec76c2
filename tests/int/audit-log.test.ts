// The audit log: every change of content, every change of roles and every refused sign-in leaves
// exactly one entry naming who, what, when and from where; the log is read by administrators only
// and written by nobody through any API; a change that does not happen leaves no entry.
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog, Unit } from '@/payload-types'

import { cancelScheduling, recordScheduling } from '@/audit/recordScheduling'

import { api, gql, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createAsSystem, pdfFile, pngFile, type Refs, sampleData } from '../helpers/samples'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let refs: Refs
let editorToken: string
let adminToken: string

// What a client sent first is not believed: the right-most hop is the address Next or a proxy saw.
const PROXY = { 'X-Forwarded-For': '10.0.0.1, 203.0.113.7' }

const entriesAbout = async (collection: string, id: number | string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { targetCollection: { equals: collection }, targetId: { equals: String(id) } },
      sort: 'id',
      limit: 0,
      overrideAccess: true,
    })
  ).docs

/** Runs `act` and returns the one entry it added about this document. */
const oneNewEntry = async (
  collection: string,
  id: number | string,
  act: () => Promise<{ status: number }>,
): Promise<AuditLog> => {
  const before = await entriesAbout(collection, id)
  const { status } = await act()
  expect(status).toBeLessThan(300)
  const after = await entriesAbout(collection, id)
  expect(after).toHaveLength(before.length + 1)
  return after.at(-1)!
}

const newUnit = async () => (await createAsSystem(payload, 'units', refs)) as Unit

const editorId = () => String(staff.editor.id)

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  const unit = await createAsSystem(payload, 'units', { unit: 0, expert: staff.expert.id })
  refs = { unit: unit.id, expert: staff.expert.id }
  editorToken = await login(staff.editor.email, PASSWORD)
  adminToken = await login(staff.admin.email, PASSWORD)
})
afterAll(closePayload)

describe('an editor takes a commendation notice through its life', () => {
  let id: number

  it('drafts it from behind the proxy: one create entry, its title, names of fields and no values', async () => {
    const notice = sampleData('commendations', refs)
    const { status, data } = await api('POST', '/commendations?draft=true', {
      token: editorToken,
      headers: PROXY,
      json: notice,
    })
    expect(status).toBe(201)
    id = data.doc.id
    const entries = await entriesAbout('commendations', id)
    expect(entries).toHaveLength(1)
    const [entry] = entries
    expect(entry).toMatchObject({
      action: 'create',
      targetCollection: 'commendations',
      targetId: String(id),
      actorId: editorId(),
      actorEmail: staff.editor.email,
      address: '203.0.113.7',
    })
    expect(entry!.changedFields).toEqual(expect.arrayContaining(['title', 'noticeNumber']))
    // The title names the document in the log; no other value is kept.
    expect(entry!.targetTitle).toBe(notice.title)
    expect(JSON.stringify({ ...entry, targetTitle: null })).not.toContain(String(notice.title))
    expect(JSON.stringify(entry)).not.toContain(String(notice.summary))
    expect(new Date(entry!.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('publishes it: publish', async () => {
    const entry = await oneNewEntry('commendations', id, () =>
      api('PATCH', `/commendations/${id}`, {
        token: editorToken,
        json: { _status: 'published' },
      }),
    )
    expect(entry).toMatchObject({ action: 'publish', actorId: editorId(), address: null })
    expect(entry.changedFields).toEqual(expect.arrayContaining(['_status', 'reviewState']))
  })

  it('saves a draft correction over the live notice: update, not unpublish', async () => {
    const entry = await oneNewEntry('commendations', id, () =>
      api('PATCH', `/commendations/${id}?draft=true`, {
        token: editorToken,
        json: { summary: '更正后的摘要。' },
      }),
    )
    expect(entry.action).toBe('update')
    expect(entry.changedFields).toContain('summary')
    expect(entry.changedFields).not.toContain('title')
  })

  it('publishes the correction of a notice that was already live: update', async () => {
    const entry = await oneNewEntry('commendations', id, () =>
      api('PATCH', `/commendations/${id}`, { token: editorToken, json: { _status: 'published' } }),
    )
    expect(entry.action).toBe('update')
  })

  it('takes it down: unpublish', async () => {
    const entry = await oneNewEntry('commendations', id, () =>
      api('PATCH', `/commendations/${id}`, { token: editorToken, json: { _status: 'draft' } }),
    )
    expect(entry.action).toBe('unpublish')
  })

  it('publishes it again, then withdraws it with a public reason: publish, withdraw', async () => {
    const published = await oneNewEntry('commendations', id, () =>
      api('PATCH', `/commendations/${id}`, { token: editorToken, json: { _status: 'published' } }),
    )
    expect(published.action).toBe('publish')
    const withdrawn = await oneNewEntry('commendations', id, () =>
      api('PATCH', `/commendations/${id}`, {
        token: editorToken,
        json: { reviewState: 'withdrawn', withdrawal: { reason: '表彰对象信息有误。' } },
      }),
    )
    expect(withdrawn.action).toBe('withdraw')
    expect(withdrawn.changedFields).toEqual(expect.arrayContaining(['reviewState', 'withdrawal']))
    expect(JSON.stringify(withdrawn)).not.toContain('表彰对象信息有误')
  })

  it('deletes it: delete, and the entries outlive the notice', async () => {
    const entry = await oneNewEntry('commendations', id, () =>
      api('DELETE', `/commendations/${id}`, { token: editorToken, headers: PROXY }),
    )
    expect(entry).toMatchObject({
      action: 'delete',
      actorId: editorId(),
      address: '203.0.113.7',
    })
    // The deleted notice is still named by its title.
    const [created] = await entriesAbout('commendations', id)
    expect(entry.targetTitle).toBe(created!.targetTitle)
    expect((await entriesAbout('commendations', id)).map((e) => e.action)).toEqual([
      'create',
      'publish',
      'update',
      'update',
      'unpublish',
      'publish',
      'withdraw',
      'delete',
    ])
  })
})

describe('the review workflow is logged move by move, in the words of the desk', () => {
  it('an expert submits, is sent back, resubmits; an editor approves, publishes, withdraws, reinstates', async () => {
    const expertToken = await login(staff.expert.email, PASSWORD)
    const { data } = await api('POST', '/interpretations?draft=true', {
      token: expertToken,
      json: sampleData('interpretations', refs),
    })
    const id = data.doc.id as number
    const move = async (token: string, json: Record<string, unknown>, draft = true) =>
      oneNewEntry('interpretations', id, () =>
        api('PATCH', `/interpretations/${id}${draft ? '?draft=true' : ''}`, { token, json }),
      )
    expect((await move(expertToken, { reviewState: 'submitted' })).action).toBe('submit')
    const sentBack = await move(editorToken, {
      reviewState: 'rejected',
      rejectionReason: '补充案例。',
    })
    expect(sentBack).toMatchObject({ action: 'send-back', actorId: editorId() })
    expect((await move(expertToken, { reviewState: 'submitted' })).action).toBe('submit')
    expect((await move(editorToken, { reviewState: 'approved' })).action).toBe('approve')
    expect((await move(editorToken, { reviewState: 'published' }, false)).action).toBe('publish')
    const withdrawal = { reviewState: 'withdrawn', withdrawal: { reason: '依据已废止。' } }
    expect((await move(editorToken, withdrawal, false)).action).toBe('withdraw')
    const reinstated = await move(editorToken, { reviewState: 'published' }, false)
    expect(reinstated).toMatchObject({ action: 'reinstate', targetTitle: data.doc.title })
  })
})

describe('scheduling', () => {
  const editorOf = () => ({ ...staff.editor, collection: 'users' as const })
  const scheduled = (notice: { id: number }, at: string) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'commendations', value: notice.id } },
      waitUntil: new Date(at),
    })
  const jobsOf = async (notice: { id: number }) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { 'input.doc.value': { equals: notice.id } },
        overrideAccess: true,
      })
    ).docs

  it('a publication scheduled in the admin: schedule, with what and when', async () => {
    const notice = await createAsSystem(payload, 'commendations', refs)
    const doc = { relationTo: 'commendations', value: notice.id }
    const at = '2027-01-04T01:00:00.000Z'
    // The admin's server function hands the date over as a Date, as the schedule dialog sent it.
    const date = new Date(at)
    await recordScheduling(payload, editorOf(), new Headers(PROXY), { type: 'publish', date, doc })
    const entries = (await entriesAbout('commendations', notice.id)).slice(1) // after its creation
    expect(entries.map((entry) => entry.action)).toEqual(['schedule'])
    expect(entries[0]).toMatchObject({
      actorId: editorId(),
      address: '203.0.113.7',
      targetTitle: (notice as { title: string }).title,
      detail: { type: 'publish', at },
    })
  })

  it('cancelled by an editor: the job is gone, no empty job is left, and one entry says what was due when', async () => {
    const notice = (await createAsSystem(payload, 'commendations', refs)) as { id: number }
    const at = '2027-02-01T02:00:00.000Z'
    const job = await scheduled(notice, at)
    const answer = await cancelScheduling(payload, editorOf(), new Headers(PROXY), job.id)
    expect(answer).not.toHaveProperty('error')
    expect(await jobsOf(notice)).toEqual([])
    const left = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' }, 'input.doc': { exists: false } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
    const entries = (await entriesAbout('commendations', notice.id)).slice(1)
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'unschedule',
        actorId: editorId(),
        address: '203.0.113.7',
        detail: { type: 'publish', at },
      }),
    ])
  })

  it('an expert, the public and an unknown job are refused, and the scheduling stays', async () => {
    const notice = (await createAsSystem(payload, 'commendations', refs)) as { id: number }
    const job = await scheduled(notice, '2027-03-01T02:00:00.000Z')
    const expert = { ...staff.expert, collection: 'users' as const }
    for (const [who, id] of [
      [expert, job.id],
      [null, job.id],
      [editorOf(), 987_654],
      [editorOf(), { $gt: 0 }],
      [editorOf(), 'not-a-job'],
    ] as const) {
      expect(await cancelScheduling(payload, who, new Headers(), id)).toHaveProperty('error')
    }
    expect((await jobsOf(notice)).map((left) => left.id)).toEqual([job.id])
    expect((await entriesAbout('commendations', notice.id)).slice(1)).toEqual([])
  })
})

describe('signing in', () => {
  it('a sign-in leaves one entry naming the account, from its address', async () => {
    const before = await entriesAbout('users', staff.editor.id)
    await login(staff.editor.email, PASSWORD)
    const after = await entriesAbout('users', staff.editor.id)
    expect(after.slice(before.length)).toEqual([
      expect.objectContaining({
        action: 'login',
        actorId: editorId(),
        targetTitle: staff.editor.email,
      }),
    ])
  })
})

describe('an editor restores an earlier version', () => {
  it('of a unit: restore, naming the fields the restore changed back', async () => {
    const unit = await newUnit()
    await payload.update({
      collection: 'units',
      id: unit.id,
      data: { name: '改名后的镇' },
      overrideAccess: true,
    })
    const { docs: versions } = await payload.findVersions({
      collection: 'units',
      where: { parent: { equals: unit.id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    const entry = await oneNewEntry('units', unit.id, () =>
      api('POST', `/units/versions/${versions[0]!.id}`, { token: editorToken, headers: PROXY }),
    )
    expect(entry).toMatchObject({
      action: 'restore',
      actorId: editorId(),
      address: '203.0.113.7',
    })
    expect(entry.changedFields).toContain('name')
    const restored = await payload.findByID({ collection: 'units', id: unit.id })
    expect(restored.name).toBe(unit.name)
  })

  it('of a policy: restore', async () => {
    const policy = await createAsSystem(payload, 'policies', refs, 'draft')
    await payload.update({
      collection: 'policies',
      id: policy.id,
      data: { summary: '第二稿摘要。' },
      draft: true,
      overrideAccess: true,
    })
    const { docs: versions } = await payload.findVersions({
      collection: 'policies',
      where: { parent: { equals: policy.id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    const entry = await oneNewEntry('policies', policy.id, () =>
      api('POST', `/policies/versions/${versions[0]!.id}?draft=true`, { token: editorToken }),
    )
    expect(entry.action).toBe('restore')
    expect(entry.changedFields).toContain('summary')
  })
})

describe('every watched collection reports its changes', () => {
  it('an expert drafts an interpretation: create, by the expert', async () => {
    const token = await login(staff.expert.email, PASSWORD)
    const { status, data } = await api('POST', '/interpretations?draft=true', {
      token,
      json: sampleData('interpretations', refs),
    })
    expect(status).toBe(201)
    const entries = await entriesAbout('interpretations', data.doc.id)
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([['create', String(staff.expert.id)]])
  })

  it('a model story published at once is a create', async () => {
    const { status, data } = await api('POST', '/model-stories', {
      token: editorToken,
      json: { ...sampleData('model-stories', refs), _status: 'published' },
    })
    expect(status).toBe(201)
    expect((await entriesAbout('model-stories', data.doc.id)).map((e) => e.action)).toEqual([
      'create',
    ])
  })

  it('a unit: a draft saved over the published unit is an update; taking it down, unpublish', async () => {
    const unit = await newUnit()
    const draft = await oneNewEntry('units', unit.id, () =>
      api('PATCH', `/units/${unit.id}?draft=true`, {
        token: editorToken,
        json: { name: '草稿镇' },
      }),
    )
    expect(draft.action).toBe('update')
    const down = await oneNewEntry('units', unit.id, () =>
      api('PATCH', `/units/${unit.id}`, { token: editorToken, json: { _status: 'draft' } }),
    )
    expect(down.action).toBe('unpublish')
  })

  it('an edit still answers in the language it was made in, and takes effect', async () => {
    // The log reads every language of the document; that must not leak into the save itself.
    const unit = await newUnit()
    const { data } = await api('PATCH', `/units/${unit.id}`, {
      token: editorToken,
      json: { name: '新名镇' },
    })
    expect(data.doc.name).toBe('新名镇')
    expect((await payload.findByID({ collection: 'units', id: unit.id })).name).toBe('新名镇')
  })

  it('a person edited in English only names that field', async () => {
    const person = await createAsSystem(payload, 'people', refs)
    const entry = await oneNewEntry('people', person.id, () =>
      api('PATCH', `/people/${person.id}?locale=en`, {
        token: editorToken,
        json: { position: 'Town head' },
      }),
    )
    expect(entry).toMatchObject({ action: 'update', changedFields: ['position'] })
  })

  it('an image and a document uploaded, edited and deleted', async () => {
    const image = await pngFile()
    const body = new FormData()
    body.append(
      'file',
      new Blob([new Uint8Array(image.data)], { type: image.mimetype }),
      image.name,
    )
    body.append('_payload', JSON.stringify({ alt: '会场' }))
    const created = await api('POST', '/media', { token: editorToken, body })
    expect(created.status).toBe(201)
    const mediaId = created.data.doc.id
    const edited = await oneNewEntry('media', mediaId, () =>
      api('PATCH', `/media/${mediaId}`, { token: editorToken, json: { caption: '表彰大会' } }),
    )
    expect(edited).toMatchObject({ action: 'update', changedFields: ['caption'] })
    await oneNewEntry('media', mediaId, () =>
      api('DELETE', `/media/${mediaId}`, { token: editorToken }),
    )
    expect((await entriesAbout('media', mediaId)).map((e) => e.action)).toEqual([
      'create',
      'update',
      'delete',
    ])

    const pdf = pdfFile()
    const upload = new FormData()
    upload.append('file', new Blob([new Uint8Array(pdf.data)], { type: pdf.mimetype }), pdf.name)
    upload.append('_payload', JSON.stringify({ title: '通报原件' }))
    const document = await api('POST', '/documents', { token: editorToken, body: upload })
    expect(document.status).toBe(201)
    expect((await entriesAbout('documents', document.data.doc.id)).map((e) => e.action)).toEqual([
      'create',
    ])
  })
})

describe('roles', () => {
  let accountId: number

  it('a new account is created and gains its roles: account-create, then roles-change from none', async () => {
    const { status, data } = await api('POST', '/users', {
      token: adminToken,
      headers: PROXY,
      json: { email: 'newcomer@test.local', password: PASSWORD, roles: ['expert'] },
    })
    expect(status).toBe(201)
    accountId = data.doc.id
    const entries = await entriesAbout('users', accountId)
    expect(entries.map((entry) => entry.action)).toEqual(['account-create', 'roles-change'])
    expect(entries[1]).toMatchObject({
      action: 'roles-change',
      actorId: String(staff.admin.id),
      actorEmail: staff.admin.email,
      address: '203.0.113.7',
      changedFields: ['roles'],
      detail: { from: [], to: ['expert'] },
    })
    expect(JSON.stringify(entries)).not.toContain(PASSWORD)
  })

  it('an administrator makes the expert an editor: roles-change with old and new roles', async () => {
    const entry = await oneNewEntry('users', accountId, () =>
      api('PATCH', `/users/${accountId}`, { token: adminToken, json: { roles: ['editor'] } }),
    )
    expect(entry).toMatchObject({
      action: 'roles-change',
      detail: { from: ['expert'], to: ['editor'] },
    })
  })

  it('other changes to an account, and refused attempts to raise oneself, leave no entry', async () => {
    const before = await entriesAbout('users', accountId)
    await api('PATCH', `/users/${accountId}`, {
      token: adminToken,
      json: { displayName: '新同事', roles: ['editor'] },
    })
    const token = await login(staff.expert.email, PASSWORD)
    await api('PATCH', `/users/${staff.expert.id}`, { token, json: { roles: ['admin'] } })
    expect(await entriesAbout('users', accountId)).toHaveLength(before.length)
    const aboutExpert = await entriesAbout('users', staff.expert.id)
    // Its creation; besides, only its sign-ins.
    expect(aboutExpert.filter((entry) => entry.action !== 'login').map((e) => e.action)).toEqual([
      'account-create',
      'roles-change',
    ])
  })
})

describe('refused sign-ins', () => {
  const wrongLogin = (email: string) =>
    api('POST', '/users/login', { headers: PROXY, json: { email, password: 'wrong-password' } })

  it('five wrong passwords: four login-failed, then locked-out, from the public and its address', async () => {
    const account = await payload.create({
      collection: 'users',
      data: { email: 'careless@test.local', password: PASSWORD, roles: ['expert'] },
      overrideAccess: true,
    })
    const before = await entriesAbout('users', account.id)
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await wrongLogin('careless@test.local')).status).toBe(401)
    }
    const entries = (await entriesAbout('users', account.id)).slice(before.length)
    expect(entries.map((e) => e.action)).toEqual([
      'login-failed',
      'login-failed',
      'login-failed',
      'login-failed',
      'locked-out',
    ])
    for (const entry of entries) {
      expect(entry).toMatchObject({
        actorId: null,
        actorEmail: null,
        address: '203.0.113.7',
        detail: { email: 'careless@test.local' },
      })
      expect(JSON.stringify(entry)).not.toContain('wrong-password')
    }
  })

  it('the right password on the locked account: locked-out', async () => {
    const [account] = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'careless@test.local' } },
      })
    ).docs
    const before = await entriesAbout('users', account!.id)
    const { status } = await api('POST', '/users/login', {
      json: { email: 'careless@test.local', password: PASSWORD },
    })
    expect(status).toBe(401)
    const after = await entriesAbout('users', account!.id)
    expect(after.slice(before.length).map((e) => e.action)).toEqual(['locked-out'])
  })

  it('an unknown email: login-failed about no account, and the typed email is not kept', async () => {
    const aboutNobody = async () =>
      (
        await payload.find({
          collection: 'audit-log',
          where: { action: { equals: 'login-failed' } },
          limit: 0,
          sort: 'id',
        })
      ).docs.filter((entry) => entry.targetId == null)
    const before = await aboutNobody()
    expect((await wrongLogin('nobody-here@test.local')).status).toBe(401)
    const after = await aboutNobody()
    expect(after).toHaveLength(before.length + 1)
    expect(after.at(-1)).toMatchObject({ address: '203.0.113.7', detail: null })
    expect(JSON.stringify(after.at(-1))).not.toContain('nobody-here')
  })

  it('a wrong password through GraphQL: login-failed', async () => {
    const before = await entriesAbout('users', staff.otherExpert.id)
    const { data } = await gql(
      `mutation { loginUser(email: "${staff.otherExpert.email}", password: "wrong") { token } }`,
    )
    expect(data.errors).toHaveLength(1)
    const after = await entriesAbout('users', staff.otherExpert.id)
    expect(after.slice(before.length).map((e) => e.action)).toEqual(['login-failed'])
  })
})

describe('only administrators read the log', () => {
  it('an administrator reads it by REST', async () => {
    const { status, data } = await api('GET', '/audit-log?limit=5', { token: adminToken })
    expect(status).toBe(200)
    expect(data.totalDocs).toBeGreaterThan(0)
  })

  it.each(['editor', 'expert', 'public'] as const)('%s is refused by REST', async (role) => {
    const token = role === 'public' ? undefined : await login(staff[role].email, PASSWORD)
    const [entry] = (await payload.find({ collection: 'audit-log', limit: 1 })).docs
    expect((await api('GET', '/audit-log', { token })).status).toBe(403)
    expect([403, 404]).toContain((await api('GET', `/audit-log/${entry!.id}`, { token })).status)
  })

  it.each(['editor', 'expert', 'public'] as const)(
    '%s is refused by the Local API',
    async (role) => {
      const user = role === 'public' ? null : staff[role]
      await expect(
        payload.find({ collection: 'audit-log', overrideAccess: false, user }),
      ).rejects.toMatchObject({ status: 403 })
    },
  )
})

describe('nobody writes the log through an API, administrators included', () => {
  it.each(['admin', 'editor', 'public'] as const)(
    '%s cannot create, edit or delete an entry by REST',
    async (role) => {
      const token = role === 'public' ? undefined : role === 'admin' ? adminToken : editorToken
      const [entry] = (await payload.find({ collection: 'audit-log', limit: 1, sort: 'id' })).docs
      const count = (await payload.count({ collection: 'audit-log' })).totalDocs
      const forged = { action: 'delete', targetCollection: 'units', targetId: '1' }
      expect((await api('POST', '/audit-log', { token, json: forged })).status).toBe(403)
      expect(
        (await api('PATCH', `/audit-log/${entry!.id}`, { token, json: { action: 'update' } }))
          .status,
      ).toBe(403)
      expect(
        (
          await api('PATCH', '/audit-log?where[id][exists]=true', {
            token,
            json: { address: 'forged' },
          })
        ).status,
      ).toBe(403)
      expect((await api('DELETE', `/audit-log/${entry!.id}`, { token })).status).toBe(403)
      expect((await api('DELETE', '/audit-log?where[id][exists]=true', { token })).status).toBe(403)
      expect(await payload.findByID({ collection: 'audit-log', id: entry!.id })).toEqual(entry)
      expect((await payload.count({ collection: 'audit-log' })).totalDocs).toBe(count)
    },
  )

  it('an administrator cannot write it through the Local API with access checks either', async () => {
    await expect(
      payload.create({
        collection: 'audit-log',
        data: { action: 'delete', targetCollection: 'units' },
        overrideAccess: false,
        user: staff.admin,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('a change that does not happen leaves no entry', () => {
  it('a notice refused for bad input', async () => {
    const before = (await payload.count({ collection: 'audit-log' })).totalDocs
    const { title: _title, ...untitled } = sampleData('commendations', refs)
    const { status } = await api('POST', '/commendations', {
      token: editorToken,
      json: { ...untitled, _status: 'published' },
    })
    expect(status).toBe(400)
    expect((await payload.count({ collection: 'audit-log' })).totalDocs).toBe(before)
  })

  it('an update whose transaction is rolled back takes its entry with it', async () => {
    const unit = await newUnit()
    const before = await entriesAbout('units', unit.id)
    const req = await createLocalReq({ user: staff.editor }, payload)
    await initTransaction(req)
    await payload.update({ collection: 'units', id: unit.id, data: { name: '未成之名' }, req })
    const inside = await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: String(unit.id) }, targetCollection: { equals: 'units' } },
      req,
    })
    expect(inside.totalDocs).toBe(before.length + 1)
    await killTransaction(req)
    expect(await entriesAbout('units', unit.id)).toHaveLength(before.length)
    expect((await payload.findByID({ collection: 'units', id: unit.id })).name).toBe(unit.name)
  })

  it('and one that is committed keeps it', async () => {
    const unit = await newUnit()
    const req = await createLocalReq({ user: staff.editor }, payload)
    await initTransaction(req)
    await payload.update({ collection: 'units', id: unit.id, data: { name: '已成之名' }, req })
    await commitTransaction(req)
    expect((await entriesAbout('units', unit.id)).map((e) => e.action)).toEqual([
      'create',
      'update',
    ])
  })
})

describe('seeding', () => {
  it('is not audited: demo content is not anybody’s change', async () => {
    const before = (await payload.count({ collection: 'audit-log' })).totalDocs
    await payload.create({
      collection: 'units',
      data: sampleData('units', refs) as never,
      context: { seeding: true },
      overrideAccess: true,
    })
    expect((await payload.count({ collection: 'audit-log' })).totalDocs).toBe(before)
  })
})
