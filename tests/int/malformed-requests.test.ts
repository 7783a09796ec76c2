// The fuzz list of the security review: every malformed query, id and multipart body gets a 4xx
// with a short message and no stack, SQL or file path, and nothing is written.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, gql, login, sendRest } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, PASSWORD } from '../helpers/staff'

let payload: Payload
let token: string

const expectShortRefusal = (response: { status: number; data: unknown }, status: number) => {
  expect(response.status, JSON.stringify(response.data)).toBe(status)
  const text = JSON.stringify(response.data)
  expect(text).toMatch(/"message":"[^"]+"/)
  expect(text).not.toMatch(/stack|SQLITE|select |drizzle|at \/|node_modules/i)
  expect(text.length).toBeLessThan(600)
}

beforeAll(async () => {
  payload = await testPayload()
  const staff = await createStaff(payload)
  token = await login(staff.editor.email, PASSWORD)
})
afterAll(closePayload)

describe('malformed queries answer 400', () => {
  it.each([
    ['an operator inside an operator', '/commendations?where[title][equals][$gt]=a'],
    ['an object for a value', '/commendations?where[slug][in][a][b]=1'],
    ['a non-date for a date field', '/commendations?where[issuedAt][greater_than]=not-a-date'],
    ['a negative limit', '/commendations?limit=-1'],
    ['a limit of 1e8', '/commendations?limit=1e8'],
    ['a limit that is not a number', '/commendations?limit=many'],
    ['page 1e20', '/commendations?page=1e20'],
    ['page 0', '/commendations?page=0'],
    ['near on a plain field', '/commendations?where[title][near]=1,2'],
    ['an unknown operator', '/commendations?where[title][sounds_like]=a'],
  ])('%s', async (_name, path) => {
    expectShortRefusal(await api('GET', path), 400)
    expectShortRefusal(await api('GET', path, { token }), 400)
  })
})

describe('a reader without an account never lists a whole collection at once', () => {
  it.each([
    ['pagination=false', '/units?pagination=false'],
    ['limit=0, which Payload reads as no limit', '/units?limit=0'],
    ['more than 100 a page', '/commendations?limit=101'],
  ])('%s answers 400 with a readable message in zh and en', async (_name, path) => {
    const zh = await api('GET', path)
    expectShortRefusal(zh, 400)
    expect(zh.data.errors[0].message).toMatch(/分页|每页/)
    const en = await api('GET', path, { headers: { 'accept-language': 'en' } })
    expectShortRefusal(en, 400)
    expect(en.data.errors[0].message).toMatch(/page/)
  })

  it('pages of up to 100 are served, and staff keep their larger pages', async () => {
    expect((await api('GET', '/units?limit=100')).status).toBe(200)
    expect((await api('GET', '/units?pagination=false&limit=50')).status).toBe(200)
    expect((await api('GET', '/units?pagination=false&limit=500')).status).toBe(400)
    expect((await api('GET', '/units?limit=1000', { token })).status).toBe(200)
    expect((await api('GET', '/units?pagination=false', { token })).status).toBe(200)
  })

  it('the same holds for GraphQL', async () => {
    const unbounded = await gql('{ Units(pagination: false) { docs { name } } }')
    expect(JSON.stringify(unbounded.data.errors)).toMatch(/分页/)
    expect(unbounded.data.data?.Units ?? null).toBeNull()
    const tooMany = await gql('{ Units(limit: 5000) { docs { name } } }')
    expect(JSON.stringify(tooMany.data.errors)).toMatch(/1000|100/)
    const page = await gql('{ Units(limit: 100) { docs { name } } }')
    expect(page.data.errors).toBeUndefined()
  })
})

describe('an id that cannot exist answers 404', () => {
  it.each(['/commendations/abc', '/commendations/1e9', '/units/-1', '/commendations/999999'])(
    '%s',
    async (path) => {
      expectShortRefusal(await api('GET', path), 404)
    },
  )
})

describe('malformed multipart bodies answer 400 and write nothing', () => {
  const part = '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n--b--\r\n'
  it.each([
    ['no boundary', 'multipart/form-data', part],
    ['an empty boundary', 'multipart/form-data; boundary=', part],
    ['a boundary the body never uses', 'multipart/form-data; boundary=other', part],
    ['a boundary over 70 characters', `multipart/form-data; boundary=${'b'.repeat(71)}`, part],
    ['not form-data', 'multipart/mixed; boundary=b', part],
    ['a part cut off', 'multipart/form-data; boundary=b', part.slice(0, 40)],
    [
      '_payload that is not JSON',
      'multipart/form-data; boundary=b',
      part.replace('{}', '{not json'),
    ],
  ])('%s', async (_name, contentType, body) => {
    const response = await sendRest(
      new Request('http://localhost:3000/api/media', {
        method: 'POST',
        headers: { 'content-type': contentType, authorization: `JWT ${token}` },
        body,
      }),
    )
    expectShortRefusal({ status: response.status, data: await response.json() }, 400)
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('an upload from an address Payload will not fetch answers 400', () => {
  it.each(['http://127.0.0.1:9/x.png', 'http://169.254.169.254/latest/meta-data'])(
    '%s',
    async (url) => {
      const response = await api('POST', '/media', {
        token,
        json: { url, filename: 'x.png', alt: '图' },
      })
      expectShortRefusal(response, 400)
      const pasted = await api('GET', `/media/paste-url?src=${encodeURIComponent(url)}`, { token })
      expect(pasted.status).toBeGreaterThanOrEqual(400)
      expect(pasted.status).toBeLessThan(500)
    },
  )
})
