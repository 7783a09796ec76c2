// Before Payload parses anything: bodies over their limit are refused (413) whether or not they
// declare their length, and a write riding on the staff cookie from another site is refused (403).
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login, sendGraphql, sendRest } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let token: string

const MB = 1024 * 1024
const BASE = 'http://localhost:3000'

/** A body streamed in 64 KB chunks without Content-Length, as a chunked upload arrives. */
const chunked = (bytes: number, fill = ' ') => {
  let sent = 0
  const chunk = new TextEncoder().encode(fill.repeat(64 * 1024))
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close()
      sent += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
}
const post = (path: string, body: BodyInit, headers: Record<string, string>) =>
  new Request(`${BASE}${path}`, {
    method: 'POST',
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)

const redirectCount = async () =>
  (await payload.count({ collection: 'redirects', overrideAccess: true })).totalDocs
const newRedirect = (n: number) => ({
  from: `/old-address-${n}`,
  to: { type: 'custom', url: '/zh' },
})
const withCookie = (origin: string | null, extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  cookie: `payload-token=${token}`,
  ...(origin ? { origin } : {}),
  ...extra,
})

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  token = await login(staff.editor.email, PASSWORD)
})
afterAll(closePayload)

describe('request bodies over their limit are refused with 413', () => {
  it('a 2 MB sign-in, declared by Content-Length', async () => {
    const body = JSON.stringify({ email: staff.editor.email, password: 'x'.repeat(2 * MB) })
    const response = await sendRest(
      post('/api/users/login', body, { 'content-type': 'application/json' }),
    )
    expect(response.status).toBe(413)
    expect(await response.text()).toMatch(/1 MB/)
  })

  it('a 2 MB GraphQL query streamed without Content-Length', async () => {
    const response = await sendGraphql(
      post('/api/graphql', chunked(2 * MB), { 'content-type': 'application/json' }),
    )
    expect(response.status).toBe(413)
  })

  it('a JSON write over 1 MB, streamed, in the reader’s language', async () => {
    const response = await sendRest(
      post('/api/commendations', chunked(1.5 * MB), {
        'content-type': 'application/json',
        authorization: `JWT ${token}`,
        'accept-language': 'en-GB,en;q=0.9',
      }),
    )
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request is larger than 1 MB.' }],
    })
  })

  it('an upload larger than the largest any collection takes, streamed', async () => {
    const response = await sendRest(
      post('/api/documents', chunked(30 * MB, 'a'), {
        'content-type': 'multipart/form-data; boundary=laurel',
        authorization: `JWT ${token}`,
      }),
    )
    expect(response.status).toBe(413)
    expect(await payload.count({ collection: 'documents', overrideAccess: true })).toMatchObject({
      totalDocs: 0,
    })
  })

  it('while a body under its limit goes through', async () => {
    const { status } = await api('POST', '/users/login', {
      json: { email: staff.editor.email, password: PASSWORD },
    })
    expect(status).toBe(200)
  })
})

describe('writes carrying the staff cookie from another site are refused with 403', () => {
  it('a redirect created from https://evil.example, and nothing is written', async () => {
    const before = await redirectCount()
    const response = await sendRest(
      post('/api/redirects', JSON.stringify(newRedirect(1)), withCookie('https://evil.example')),
    )
    expect(response.status).toBe(403)
    expect(await redirectCount()).toBe(before)
  })

  it('a cross-site write without Origin, by Fetch Metadata', async () => {
    const response = await sendRest(
      post(
        '/api/redirects',
        JSON.stringify(newRedirect(2)),
        withCookie(null, { 'sec-fetch-site': 'cross-site' }),
      ),
    )
    expect(response.status).toBe(403)
  })

  it('while the same write from the server’s own origin is taken', async () => {
    const before = await redirectCount()
    const response = await sendRest(
      post('/api/redirects', JSON.stringify(newRedirect(3)), withCookie(BASE)),
    )
    expect(response.status).toBe(201)
    expect(await redirectCount()).toBe(before + 1)
  })
})
