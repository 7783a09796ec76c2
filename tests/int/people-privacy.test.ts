// A person who has not consented is shown to the public by a masked name and position only:
// no full name, photo, biography or permalink, and no query that could confirm who they are.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Person } from '@/payload-types'

import { api, gql } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createAsSystem, pngFile } from '../helpers/samples'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let privatePerson: Person
let publicPerson: Person
let noticeId: number

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  const unit = await createAsSystem(payload, 'units', { unit: 0, expert: staff.expert.id })
  const photo = await payload.create({
    collection: 'media',
    data: { alt: '照片' },
    file: await pngFile(),
    overrideAccess: true,
  })
  const person = (name: string, consent: boolean) =>
    payload.create({
      collection: 'people',
      data: {
        name,
        position: '村党支部书记',
        bio: `${name}的事迹`,
        consent,
        photo: photo.id,
        unit: unit.id,
        _status: 'published',
      },
      overrideAccess: true,
    })
  privatePerson = await person('赵大勇', false)
  publicPerson = await person('孙红梅', true)
  const notice = await payload.create({
    collection: 'commendations',
    data: {
      ...(await import('../helpers/samples')).sampleData('commendations', {
        unit: unit.id,
        expert: staff.expert.id,
      }),
      awardees: [
        { person: privatePerson.id, honorTitle: '先进个人' },
        { person: publicPerson.id, honorTitle: '先进个人' },
      ],
      _status: 'published',
    } as never,
    overrideAccess: true,
  })
  noticeId = notice.id
})
afterAll(closePayload)

describe('a person without consent', () => {
  it('appears to the public by masked name and position only', async () => {
    const seen = await payload.findByID({
      collection: 'people',
      id: privatePerson.id,
      overrideAccess: false,
    })
    expect(seen.publicName).toBe('赵**')
    expect(seen.position).toBe('村党支部书记')
    expect(seen.name).toBeUndefined()
    expect(seen.photo).toBeUndefined()
    expect(seen.bio).toBeUndefined()
    expect(seen.slug).toBeUndefined()
  })

  it('stays masked inside a notice that commends them, by REST and GraphQL', async () => {
    const { data } = await api('GET', `/commendations/${noticeId}?depth=2`)
    expect(JSON.stringify(data)).not.toContain('赵大勇')
    expect(JSON.stringify(data)).toContain('孙红梅')
    const graph = await gql(
      `{ Commendation(id: ${JSON.stringify(noticeId)}) { awardees { person { name publicName } } } }`,
    )
    expect(JSON.stringify(graph.data)).not.toContain('赵大勇')
    expect(JSON.stringify(graph.data)).toContain('赵**')
  })

  it('cannot be found by querying the hidden name', async () => {
    for (const where of [
      `where[name][equals]=${encodeURIComponent('赵大勇')}`,
      'where[slug][like]=zhao',
    ]) {
      const { status, data } = await api('GET', `/people?${where}`)
      expect(status).toBe(400)
      expect(data.errors[0].message).toMatch(/cannot be queried/)
    }
    const sorted = await api('GET', '/people?sort=name')
    expect(JSON.stringify(sorted.data)).not.toContain('赵大勇')
  })

  it('is shown in full to editors', async () => {
    const seen = await payload.findByID({
      collection: 'people',
      id: privatePerson.id,
      user: staff.editor,
      overrideAccess: false,
    })
    expect(seen.name).toBe('赵大勇')
    expect(seen.bio).toBe('赵大勇的事迹')
  })

  it('becomes public in full once they consent, and masked again if they withdraw it', async () => {
    await payload.update({
      collection: 'people',
      id: privatePerson.id,
      data: { consent: true },
      user: staff.editor,
      overrideAccess: false,
    })
    const consenting = await payload.findByID({
      collection: 'people',
      id: privatePerson.id,
      overrideAccess: false,
    })
    expect([consenting.name, consenting.publicName]).toEqual(['赵大勇', '赵大勇'])
    await payload.update({
      collection: 'people',
      id: privatePerson.id,
      data: { consent: false },
      user: staff.editor,
      overrideAccess: false,
    })
    const withdrawn = await payload.findByID({
      collection: 'people',
      id: privatePerson.id,
      overrideAccess: false,
    })
    expect([withdrawn.name, withdrawn.publicName]).toEqual([undefined, '赵**'])
  })
})

describe('a person who consented', () => {
  it('appears to the public in full', async () => {
    const seen = await payload.findByID({
      collection: 'people',
      id: publicPerson.id,
      overrideAccess: false,
      depth: 1,
    })
    expect(seen.name).toBe('孙红梅')
    expect(seen.slug).toBe('sun-hong-mei')
    expect(seen.photo).toMatchObject({ alt: '照片' })
  })
})
