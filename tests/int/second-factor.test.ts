// Two-factor sign-in with LAUREL_STAFF_2FA=required: a session opened with the password alone
// may enrol or give its code and nothing else, on every kind of door (REST, GraphQL, the admin,
// custom endpoints, the preview route); enrolment, codes, recovery codes and an administrator's
// reset, each leaving its audit entry.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as preview } from '@/app/(frontend)/next/preview/route'
import { relaxSecondFactorForDemo } from '@/auth/secondFactor/demoDefault'
import { secondFactorMode } from '@/auth/secondFactor/mode'
import { openSecret } from '@/auth/secondFactor/sealedSecret'
import { currentTotp } from '@/auth/secondFactor/totp'

import { api, gql, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { enrol, giveCode, nextTotpStep, resetTotpClock } from '../helpers/secondFactor'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff

beforeAll(async () => {
  process.env.LAUREL_STAFF_2FA = 'required'
  payload = await testPayload()
  staff = await createStaff(payload)
})
afterAll(async () => {
  process.env.LAUREL_STAFF_2FA = 'optional'
  resetTotpClock()
  await closePayload()
})

const auditCount = async (action: string, targetId: number) =>
  (
    await payload.count({
      collection: 'audit-log',
      where: { action: { equals: action }, targetId: { equals: String(targetId) } },
      overrideAccess: true,
    })
  ).totalDocs

const previewStatus = (token: string) =>
  preview(
    new Request('http://localhost:3000/next/preview?path=/zh/commendations', {
      headers: { Authorization: `JWT ${token}` },
    }),
  ).then(
    (response) => response.status,
    // Past the role check the route turns on draft mode, which needs Next's request scope.
    () => 'past the check',
  )

// Payload's access answer leaves out what is refused, canAccessAdmin included.
const adminOpens = async (token: string) =>
  (await api('GET', '/access', { token })).data.canAccessAdmin === true

/** Every kind of door that needs a role, as the token's session finds it. */
const doors = async (token: string) => ({
  rest: (await api('GET', '/nominations', { token })).status,
  restWrite: (await api('POST', '/units', { token, json: { name: 'Test unit', kind: 'town' } }))
    .status,
  graphql: (await gql('{ Nominations { totalDocs } }', token)).data.errors?.length
    ? 'refused'
    : 'ok',
  admin: await adminOpens(token),
  endpoint: (await api('GET', '/assessment-intakes/template', { token })).status,
  preview: await previewStatus(token),
})

describe('an editor signs in with the password alone', () => {
  let token: string
  let secret: string

  it('is refused at every door that needs a role', async () => {
    token = await login(staff.editor.email, PASSWORD)
    expect(await doors(token)).toEqual({
      rest: 403,
      restWrite: 403,
      graphql: 'refused',
      admin: false,
      endpoint: 403,
      preview: 403,
    })
    const status = await api('GET', '/users/second-factor/status', { token })
    expect(status.data).toEqual({ mode: 'required', enrolled: false, given: false })
  })

  it('enrols an authenticator from a QR code drawn on the server, and then every door opens', async () => {
    const { started, recoveryCodes, secret: enrolled } = await enrol(token)
    secret = enrolled
    expect(started.qrCode).toMatch(/^<svg/)
    expect(started.uri).toMatch(/^otpauth:\/\/totp\/Laurel:editor%40test\.local\?.*secret=/)
    expect(recoveryCodes).toHaveLength(10)
    expect(new Set(recoveryCodes).size).toBe(10)
    const open = await doors(token)
    expect(open).toMatchObject({ rest: 200, graphql: 'ok', admin: true, endpoint: 200 })
    expect(open.preview).not.toBe(403)
    expect(await auditCount('second-factor-enrolled', staff.editor.id)).toBe(1)
  })

  it('keeps no secret or recovery code where the API can read it', async () => {
    const stored = await payload.findByID({
      collection: 'users',
      id: staff.editor.id,
      overrideAccess: true,
    })
    const hashes = (stored.secondFactor?.recoveryCodes ?? []).map(({ hash }) => hash)
    expect(hashes).toHaveLength(10)
    const me = await api('GET', '/users/me', { token })
    expect(me.data.user.secondFactor.enrolledAt).toBeTruthy()
    expect(JSON.stringify(me.data)).not.toContain(stored.secondFactor?.secret)
    expect(JSON.stringify(me.data)).not.toContain(hashes[0])
  })

  it('keeps the authenticator’s secret sealed in the database, not as the QR code gave it', async () => {
    const stored = await payload.findByID({
      collection: 'users',
      id: staff.editor.id,
      overrideAccess: true,
    })
    const kept = stored.secondFactor?.secret ?? ''
    expect(kept).toMatch(/^v1\./)
    expect(kept).not.toContain(secret)
    expect(openSecret(kept, payload.secret)).toBe(secret)
  })
})

describe('an enrolled member of staff signs in again', () => {
  let secret: string
  let recoveryCodes: string[]

  beforeAll(async () => {
    ;({ secret, recoveryCodes } = await enrol(await login(staff.expert.email, PASSWORD)))
  })

  it('gives the code from the authenticator; a wrong code changes nothing', async () => {
    const token = await login(staff.expert.email, PASSWORD)
    expect((await api('POST', '/interpretations', { token, json: {} })).status).toBe(403)
    const wrong = await api('POST', '/users/second-factor/verify', {
      token,
      json: { code: '000000' === (await currentTotp(secret)) ? '111111' : '000000' },
    })
    expect(wrong.status).toBe(400)
    expect(wrong.data.errors[0].message).toBe('验证码不正确或已过期。')
    expect(await adminOpens(token)).toBe(false)
    expect((await giveCode(token, secret)).status).toBe(200)
    expect(await adminOpens(token)).toBe(true)
  })

  it('may use each recovery code once', async () => {
    const first = await login(staff.expert.email, PASSWORD)
    const used = await api('POST', '/users/second-factor/verify', {
      token: first,
      json: { recoveryCode: recoveryCodes[0]!.toUpperCase() },
    })
    expect(used.status).toBe(200)
    expect(await adminOpens(first)).toBe(true)
    expect(await auditCount('recovery-code-used', staff.expert.id)).toBe(1)

    const second = await login(staff.expert.email, PASSWORD)
    const again = await api('POST', '/users/second-factor/verify', {
      token: second,
      json: { recoveryCode: recoveryCodes[0] },
    })
    expect(again.status).toBe(400)
    expect(await adminOpens(second)).toBe(false)
  })

  it('ends the session after five wrong codes', async () => {
    const token = await login(staff.expert.email, PASSWORD)
    const statuses: number[] = []
    for (let attempt = 0; attempt < 5; attempt++) {
      statuses.push(
        (await api('POST', '/users/second-factor/verify', { token, json: { code: 'nope' } }))
          .status,
      )
    }
    expect(statuses).toEqual([400, 400, 400, 400, 401])
    expect((await giveCode(token, secret)).status).toBe(401)
  })

  it('replaces the authenticator only with the current password and a code', async () => {
    const token = await login(staff.expert.email, PASSWORD)
    expect((await api('POST', '/users/second-factor/start', { token, json: {} })).status).toBe(403)
    await giveCode(token, secret)
    const withoutPassword = await api('POST', '/users/second-factor/start', {
      token,
      json: { code: await currentTotp(secret) },
    })
    expect(withoutPassword.status).toBe(403)
    expect(withoutPassword.data.errors[0].message).toBe('更换身份验证器需要当前密码和验证码。')
    nextTotpStep()
    const wrongPassword = await api('POST', '/users/second-factor/start', {
      token,
      json: { password: 'not-the-password', code: await currentTotp(secret) },
    })
    expect(wrongPassword.status).toBe(403)
    const proven = await api('POST', '/users/second-factor/start', {
      token,
      json: { password: PASSWORD, code: await currentTotp(secret) },
    })
    expect(proven.status).toBe(200)
    expect(proven.data.secret).not.toBe(secret)
  })
})

describe('a code works once', () => {
  const email = 'replay@test.local'
  let secret: string

  beforeAll(async () => {
    await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, roles: ['editor'] },
      overrideAccess: true,
    })
    ;({ secret } = await enrol(await login(email, PASSWORD)))
  })

  const verify = async (token: string, code: string) =>
    (await api('POST', '/users/second-factor/verify', { token, json: { code } })).status

  it('the enrolment code cannot then open a session', async () => {
    const token = await login(email, PASSWORD)
    expect(await verify(token, await currentTotp(secret))).toBe(400)
    expect(await adminOpens(token)).toBe(false)
  })

  it('a code accepted once is refused to a second session in the same 30 seconds', async () => {
    nextTotpStep()
    const code = await currentTotp(secret)
    const first = await login(email, PASSWORD)
    expect(await verify(first, code)).toBe(200)
    const second = await login(email, PASSWORD)
    expect(await verify(second, code)).toBe(400)
    expect(await adminOpens(second)).toBe(false)
  })

  it('an earlier code still inside the tolerance window is refused too; the next one is taken', async () => {
    const earlier = await currentTotp(secret)
    nextTotpStep()
    const token = await login(email, PASSWORD)
    expect(await verify(token, earlier)).toBe(400)
    expect(await verify(token, await currentTotp(secret))).toBe(200)
    expect(await adminOpens(token)).toBe(true)
  })
})

describe("an administrator resets someone's lost authenticator", () => {
  it('ends their sessions and lets them enrol anew; only an administrator may, and not their own', async () => {
    const adminToken = await login(staff.admin.email, PASSWORD)
    await enrol(adminToken)
    const target = staff.otherExpert
    const targetToken = await login(target.email, PASSWORD)
    await enrol(targetToken)
    expect(await adminOpens(targetToken)).toBe(true)

    const editorToken = await login(staff.editor.email, PASSWORD)
    expect(
      (await api('POST', `/users/${target.id}/second-factor/reset`, { token: editorToken })).status,
    ).toBe(403)
    const own = await api('POST', `/users/${staff.admin.id}/second-factor/reset`, {
      token: adminToken,
    })
    expect(own.status).toBe(403)

    const reset = await api('POST', `/users/${target.id}/second-factor/reset`, {
      token: adminToken,
    })
    expect(reset.status).toBe(200)
    expect((await api('GET', '/users/me', { token: targetToken })).data.user).toBeNull()
    expect(await auditCount('second-factor-reset', target.id)).toBe(1)
    const fresh = await login(target.email, PASSWORD)
    expect((await api('GET', '/users/second-factor/status', { token: fresh })).data).toEqual({
      mode: 'required',
      enrolled: false,
      given: false,
    })
  })
})

describe('the Local API', () => {
  it('refuses a user object that carries no session with a second factor', async () => {
    const refused = payload.find({
      collection: 'nominations',
      user: staff.admin,
      overrideAccess: false,
    })
    await expect(refused).rejects.toThrow()
  })
})

describe('the default', () => {
  const relaxedOn = async (local: boolean) => {
    const saved = { local: process.env.LAUREL_LOCAL, mode: process.env.LAUREL_STAFF_2FA }
    delete process.env.LAUREL_STAFF_2FA
    process.env.LAUREL_LOCAL = local ? '1' : ''
    await relaxSecondFactorForDemo(payload)
    const mode = secondFactorMode()
    for (const [name, value] of [
      ['LAUREL_LOCAL', saved.local],
      ['LAUREL_STAFF_2FA', saved.mode],
    ] as const) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    return mode
  }

  it('is required, and relaxed only by a local server on the demo content', async () => {
    expect(await relaxedOn(true)).toBe('required')
    await payload.create({
      collection: 'users',
      data: { email: 'admin@laurel.local', password: PASSWORD, roles: ['admin'] },
      overrideAccess: true,
    })
    expect(await relaxedOn(false)).toBe('required')
    expect(await relaxedOn(true)).toBe('optional')
  })
})
