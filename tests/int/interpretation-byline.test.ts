// The byline of an interpretation is the signed-in expert's own profile: an expert cannot sign a
// piece with a colleague's name, through the Local API or REST; an editor can choose any byline.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { sampleData } from '../helpers/samples'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
const profiles = { own: 0, other: 0 }

const profile = async (name: string, account: number) =>
  (
    await payload.create({
      collection: 'experts',
      data: { name, account, _status: 'published' },
      overrideAccess: true,
    })
  ).id as number

const bylineOf = async (id: number) =>
  (
    await payload.findByID({
      collection: 'interpretations',
      id,
      depth: 0,
      draft: true, // the latest draft, where the saves below went
      overrideAccess: true,
    })
  ).expert

const draftByExpert = async () =>
  (
    await payload.create({
      collection: 'interpretations',
      data: sampleData('interpretations', { unit: 0, expert: staff.expert.id }) as never,
      draft: true,
      user: staff.expert,
      overrideAccess: false,
    })
  ).id as number

const setByline = (id: number, expert: number, user: Staff['expert']) =>
  payload.update({
    collection: 'interpretations',
    id,
    data: { expert },
    draft: true,
    user,
    overrideAccess: false,
  })

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  profiles.own = await profile('自己', staff.expert.id)
  profiles.other = await profile('同事', staff.otherExpert.id)
})
afterAll(closePayload)

describe('an expert signs only with their own profile', () => {
  it('a colleague’s byline on a new draft is replaced by the expert’s own (Local API)', async () => {
    const { id } = await payload.create({
      collection: 'interpretations',
      data: {
        ...sampleData('interpretations', { unit: 0, expert: staff.expert.id }),
        expert: profiles.other,
      } as never,
      draft: true,
      user: staff.expert,
      overrideAccess: false,
    })
    expect(await bylineOf(id as number)).toBe(profiles.own)
  })

  it('a colleague’s byline set on an existing draft is not kept (Local API)', async () => {
    const id = await draftByExpert()
    await setByline(id, profiles.other, staff.expert)
    expect(await bylineOf(id)).toBe(profiles.own)
  })

  it('PATCH {"expert": <other>} by REST leaves the expert’s own byline', async () => {
    const id = await draftByExpert()
    const token = await login(staff.expert.email, PASSWORD)
    const response = await api('PATCH', `/interpretations/${id}?draft=true`, {
      token,
      json: { expert: profiles.other },
    })
    expect(response.status).toBeLessThan(500)
    expect(await bylineOf(id)).toBe(profiles.own)
  })

  it('while an editor sets any byline', async () => {
    const id = await draftByExpert()
    await setByline(id, profiles.other, staff.editor)
    expect(await bylineOf(id)).toBe(profiles.other)
  })
})
