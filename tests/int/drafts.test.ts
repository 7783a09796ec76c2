// Drafts never reach the public, by any road: the Local API, REST (with ?draft=true), GraphQL,
// and the version history. A published document keeps showing its published text while an
// editor works on a newer draft of it.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, gql, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createAsSystem, type Refs } from '../helpers/samples'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let refs: Refs
let draftId: number
let publishedId: number
let expertToken: string

const SECRET_TITLE = '尚未发布的通报草稿'
const DRAFT_EDIT = '正在修改、尚未发布的新标题'

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  const unit = await createAsSystem(payload, 'units', { unit: 0, expert: staff.expert.id })
  refs = { unit: unit.id, expert: staff.expert.id }
  const draft = await createAsSystem(payload, 'commendations', refs, 'draft')
  draftId = (
    await payload.update({
      collection: 'commendations',
      id: draft.id,
      data: { title: SECRET_TITLE },
      draft: true,
      overrideAccess: true,
    })
  ).id
  const published = await createAsSystem(payload, 'commendations', refs, 'published')
  publishedId = published.id
  await payload.update({
    collection: 'commendations',
    id: publishedId,
    data: { title: DRAFT_EDIT },
    draft: true,
    user: staff.editor,
    overrideAccess: false,
  })
  expertToken = await login(staff.expert.email, PASSWORD)
})
afterAll(closePayload)

const anonymousAndExpert = () =>
  [
    ['the public', undefined],
    ['an expert', expertToken],
  ] as const

describe('drafts stay private', () => {
  it('the Local API, run as the public, neither finds nor lists a draft', async () => {
    const found = await payload.findByID({
      collection: 'commendations',
      id: draftId,
      draft: true,
      overrideAccess: false,
      disableErrors: true,
    })
    expect(found).toBeNull()
    const { docs } = await payload.find({
      collection: 'commendations',
      draft: true,
      overrideAccess: false,
      limit: 100,
    })
    expect(docs.map((doc) => doc.title)).not.toContain(SECRET_TITLE)
    expect(docs.map((doc) => doc.title)).not.toContain(DRAFT_EDIT)
  })

  it.each(anonymousAndExpert())('REST with ?draft=true shows %s no draft', async (_who, token) => {
    for (const path of ['/commendations?draft=true&limit=100', '/commendations?limit=100']) {
      const { status, data } = await api('GET', path, { token })
      expect(status).toBe(200)
      const titles = JSON.stringify(data)
      expect(titles).not.toContain(SECRET_TITLE)
      expect(titles).not.toContain(DRAFT_EDIT)
    }
    const byId = await api('GET', `/commendations/${draftId}?draft=true`, { token })
    expect(byId.status).toBe(404)
    expect(JSON.stringify(byId.data)).not.toContain(SECRET_TITLE)
  })

  it.each(anonymousAndExpert())(
    'a published notice shows %s its published text, not the newer draft',
    async (_who, token) => {
      const { status, data } = await api('GET', `/commendations/${publishedId}?draft=true`, {
        token,
      })
      expect(status).toBe(200)
      expect(data.title).not.toBe(DRAFT_EDIT)
      expect(data._status).toBe('published')
    },
  )

  it.each(anonymousAndExpert())('GraphQL shows %s no draft', async (_who, token) => {
    const listed = await gql(
      '{ Commendations(draft: true, limit: 100) { docs { id title } } }',
      token,
    )
    const ids = listed.data.data.Commendations.docs.map((doc: { id: number }) => doc.id)
    expect(ids).toContain(publishedId)
    expect(ids).not.toContain(draftId)
    expect(JSON.stringify(listed.data)).not.toContain(SECRET_TITLE)
    expect(JSON.stringify(listed.data)).not.toContain(DRAFT_EDIT)
    const single = await gql(
      `{ Commendation(id: ${JSON.stringify(draftId)}, draft: true) { title } }`,
      token,
    )
    expect(single.data.errors?.[0]?.message).toBeTruthy()
    expect(JSON.stringify(single.data)).not.toContain(SECRET_TITLE)
  })

  it.each(anonymousAndExpert())('the version history is closed to %s', async (_who, token) => {
    const rest = await api('GET', `/commendations/versions?limit=100`, { token })
    expect(rest.status).toBe(403)
    const graph = await gql('{ versionsCommendations { docs { version { title } } } }', token)
    expect(graph.data.errors?.[0]?.extensions?.statusCode ?? 403).toBe(403)
    expect(graph.data.data?.versionsCommendations ?? null).toBeNull()
    await expect(
      payload.findVersions({
        collection: 'commendations',
        user: staff.expert,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('an editor does see the draft', async () => {
    const token = await login(staff.editor.email, PASSWORD)
    const { status, data } = await api('GET', `/commendations/${draftId}?draft=true`, { token })
    expect(status).toBe(200)
    expect(data.title).toBe(SECRET_TITLE)
  })
})

describe('accounts stay private', () => {
  it('the public can neither list nor read users, by REST or GraphQL', async () => {
    expect((await api('GET', '/users')).status).toBe(403)
    expect((await api('GET', `/users/${staff.admin.id}`)).status).toBe(403)
    const graph = await gql('{ Users { docs { email } } }')
    expect(JSON.stringify(graph.data)).not.toContain('@test.local')
  })
})
