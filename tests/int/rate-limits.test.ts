// Rate limits count clients, not what a client says about itself, and no client can use up
// another's budget: public forms, sign-in and password recovery (src/rateLimits/limits.ts).
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { POST as nominate } from '@/app/(frontend)/[locale]/nominate/send/route'
import { PEER_HEADER } from '@/lib/peerAddress'

import { api } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { completeNomination } from '../helpers/samples'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff

const incomplete = { nominee: '', deeds: '', consent: 'yes' }
const complete = completeNomination

/** A form post as `next start` receives it: the socket's address stamped, any header the client wrote. */
const nominateFrom = (peer: string, fields: Record<string, string>, forwardedFor?: string) => {
  const headers = new Headers({
    accept: 'application/json',
    'content-type': 'application/x-www-form-urlencoded',
    [PEER_HEADER]: peer,
  })
  if (forwardedFor) headers.set('x-forwarded-for', forwardedFor)
  const request = new Request('http://localhost:3000/zh/nominate/send', {
    method: 'POST',
    headers,
    body: new URLSearchParams(fields).toString(),
  })
  return nominate(request, { params: Promise.resolve({ locale: 'zh' }) })
}

const signIn = (address: string, email: string, password = PASSWORD) =>
  api('POST', '/users/login', {
    json: { email, password },
    headers: { 'x-forwarded-for': address },
  })
const recover = (address: string, email: string) =>
  api('POST', '/users/forgot-password', {
    json: { email },
    headers: { 'x-forwarded-for': address },
  })

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
})
afterAll(closePayload)

describe('the public forms', () => {
  it('count the socket address: a fresh X-Forwarded-For each time buys nothing', async () => {
    for (let i = 1; i <= 5; i += 1) {
      expect((await nominateFrom('192.0.2.10', incomplete, `198.51.100.${i}`)).status).toBe(400)
    }
    const sixth = await nominateFrom('192.0.2.10', complete, '198.51.100.99')
    expect(sixth.status).toBe(429)
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('count an IPv6 client by its /64', async () => {
    for (let i = 1; i <= 5; i += 1) {
      expect((await nominateFrom(`2001:db8:7:7::${i}`, incomplete)).status).toBe(400)
    }
    expect((await nominateFrom('2001:db8:7:7:abcd::1', complete)).status).toBe(429)
    expect((await nominateFrom('2001:db8:7:8::1', complete)).status).toBe(201)
  })

  it('stay open to everyone else when many clients have sent their fill', async () => {
    // Seventy clients, five each would be 350; the old process-wide limit closed at 60.
    for (let i = 1; i <= 70; i += 1) {
      expect((await nominateFrom(`203.0.113.${i}`, incomplete)).status).toBe(400)
    }
    expect((await nominateFrom('192.0.2.200', complete)).status).toBe(201)
  })
})

describe('sign-in and password recovery', () => {
  it('a client with ten refused sign-ins is refused the next, even with the right password', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await signIn('192.0.2.30', `guess-${i}@example.org`, 'wrong')).status).toBe(401)
    }
    const refused = await signIn('192.0.2.30', staff.expert.email)
    expect(refused.status).toBe(429)
    expect(JSON.stringify(refused.data)).toMatch(/尝试次数过多/)
    expect(JSON.stringify(refused.data)).not.toContain('token')
    expect((await signIn('192.0.2.31', staff.expert.email)).status).toBe(200)
  })

  it('signing in correctly is never held back', async () => {
    for (let i = 0; i < 15; i += 1) {
      expect((await signIn('192.0.2.40', staff.editor.email)).status).toBe(200)
    }
  })

  it('an account with ten refused sign-ins is refused from any client', async () => {
    for (let i = 0; i < 10; i += 1) {
      const { status } = await signIn(`198.51.100.${100 + i}`, staff.otherExpert.email, 'wrong')
      expect([401, 423]).toContain(status) // Payload locks the account after five
    }
    expect((await signIn('198.51.100.120', staff.otherExpert.email)).status).toBe(429)
  })

  it('refuse a fourth recovery email to one account within the hour', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await recover(`198.51.100.${130 + i}`, staff.expert.email)).status).toBe(200)
    }
    expect((await recover('198.51.100.140', staff.expert.email)).status).toBe(429)
  })

  it('refuse a sixth recovery request from one client within 15 minutes', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await recover('192.0.2.50', `nobody-${i}@example.org`)).status).toBe(200)
    }
    expect((await recover('192.0.2.50', 'nobody-9@example.org')).status).toBe(429)
  })
})
