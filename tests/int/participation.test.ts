// The public takes part: a reader nominates a model and objects to a notice in its public-notice
// period through the forms' route handlers; the collections stay private to editors; bad input,
// bots, oversized bodies and floods are refused; the notice becomes final when its period ends.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { POST as nominate } from '@/app/(frontend)/[locale]/nominate/send/route'
import { POST as object } from '@/app/(frontend)/[locale]/objections/send/route'
import { commendationBySlug } from '@/data/commendation'
import { jobsRunnerKey } from '@/endpoints/runJobs'
import type { User } from '@/payload-types'

import { api, login } from '../helpers/http'
import { namedDocuments } from '../helpers/namedDocuments'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
const docs = namedDocuments(() => payload)

const CONTACT = 'reader-13800138000@example.org'
const nomination = {
  nomineeKind: 'person',
  nominee: '王小明',
  nomineeUnit: '青山镇人民政府',
  deeds: '连续三年带领村民修路引水，群众交口称赞。',
  nominatorName: '李群众',
  nominatorContact: CONTACT,
  consent: 'yes',
}
const objection = {
  objectorName: '张反映',
  objectorContact: '0571-88886666',
  grounds: '受表彰对象的事迹材料与实际不符。',
  consent: 'yes',
}

// Every test sends from its own address, so the rate limit counts only what the test means it to.
let addresses = 0
const newAddress = () => `198.51.100.${(addresses += 1)}`

type Send = {
  body?: BodyInit
  json?: boolean
  accept?: string
  address?: string
  locale?: string
  headers?: Record<string, string>
}
const post = (
  handler: typeof nominate,
  path: string,
  fields: Record<string, string>,
  send: Send = {},
) => {
  const headers = new Headers(send.headers)
  headers.set('x-forwarded-for', send.address ?? newAddress())
  headers.set('accept', send.accept ?? 'application/json')
  let body = send.body
  if (body === undefined) {
    if (send.json) {
      headers.set('content-type', 'application/json')
      body = JSON.stringify(fields)
    } else {
      headers.set('content-type', 'application/x-www-form-urlencoded')
      body = new URLSearchParams(fields).toString()
    }
  }
  const request = new Request(`http://localhost:3000/${send.locale ?? 'zh'}${path}`, {
    method: 'POST',
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
  return handler(request, { params: Promise.resolve({ locale: send.locale ?? 'zh' }) })
}
const sendNomination = (fields: Record<string, string>, send?: Send) =>
  post(nominate, '/nominate/send', fields, send)
const sendObjection = (fields: Record<string, string>, send?: Send) =>
  post(object, '/objections/send', fields, send)

const count = async (collection: 'nominations' | 'objections') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs
const as = (user: User) => ({ user, overrideAccess: false }) as const
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()
/**
 * Runs the public-notice task as the runner would `ms` from now: the clock is moved there for the
 * run instead of waited for.
 */
const finaliseLater = async (ms: number) => {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + ms })
  try {
    await payload.jobs.queue({ task: 'finalisePublicNotices', input: {} })
    await payload.jobs.run()
  } finally {
    vi.useRealTimers()
  }
}

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  const unit = await docs.create('units', 'town')
  docs.refs.unit = unit.id
  docs.refs.expert = staff.expert.id
  await docs.create('commendations', 'inNotice', {
    publicNotice: { state: 'in-notice', endsAt: inAnHour() },
  })
  await docs.create('commendations', 'plain')
})
afterAll(closePayload)

describe('a reader nominates a model', () => {
  it('a complete form is taken: 303 to the thank-you page, stored as new with its contact', async () => {
    const before = await count('nominations')
    const response = await sendNomination(nomination, { accept: 'text/html' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/^\/zh\/nominate\/thanks\/TM-\d{4}-\d{6}$/)
    expect(await count('nominations')).toBe(before + 1)
    const {
      docs: [stored],
    } = await payload.find({
      collection: 'nominations',
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({
      nomineeKind: 'person',
      nominee: '王小明',
      nominatorContact: CONTACT,
      status: 'new',
      consent: true,
    })
    // The thank-you page shows the sender the number the editors see.
    expect(response.headers.get('location')).toBe(`/zh/nominate/thanks/${stored?.reference}`)
  })

  it('a JSON client gets 201 and a body without anything of the nomination', async () => {
    const response = await sendNomination(nomination, { json: true, locale: 'en' })
    expect(response.status).toBe(201)
    const text = await response.text()
    expect(text).not.toContain(CONTACT)
    expect(text).not.toContain('王小明')
  })

  it('a missing field, a bad contact or no consent is a 400 naming each field; nothing is stored', async () => {
    const before = await count('nominations')
    const { nominee: _nominee, consent: _consent, ...rest } = nomination
    const response = await sendNomination({ ...rest, nominatorContact: 'not a contact' })
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: Record<string, string> }
    expect(Object.keys(errors).sort()).toEqual(['consent', 'nominatorContact', 'nominee'])
    expect(errors.nominee).toBe('请填写此项。')
    const english = await sendNomination({ ...nomination, deeds: '  ' }, { locale: 'en' })
    expect(english.status).toBe(400)
    expect(((await english.json()) as { errors: Record<string, string> }).errors).toEqual({
      deeds: 'Please fill this in.',
    })
    expect(await count('nominations')).toBe(before)
  })

  it('a field over its length is a 400', async () => {
    const response = await sendNomination({ ...nomination, nominee: '名'.repeat(51) })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: object }).errors).toHaveProperty('nominee')
  })

  it('a refusal to a browser is an HTML page with the status, never a redirect', async () => {
    const response = await sendNomination({ ...nomination, nominee: '' }, { accept: 'text/html' })
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(await response.text()).toContain('请填写此项。')
  })

  it('HTML typed into a field is kept as text, exactly as typed', async () => {
    const markup = '<b>王</b><script>alert(1)</script>'
    const response = await sendNomination({ ...nomination, nominee: markup }, { json: true })
    expect(response.status).toBe(201)
    const {
      docs: [stored],
    } = await payload.find({
      collection: 'nominations',
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
    })
    expect(stored?.nominee).toBe(markup)
  })

  it('a body over 64 KB is a 413, whether it says so or not; nothing is stored', async () => {
    const before = await count('nominations')
    const big = { ...nomination, deeds: 'x'.repeat(70 * 1024) }
    const declared = await sendNomination(big)
    expect(declared.status).toBe(413)
    const bytes = new TextEncoder().encode(new URLSearchParams(big).toString())
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 8192)
          controller.enqueue(bytes.slice(at, at + 8192))
        controller.close()
      },
    })
    const undeclared = await sendNomination(
      {},
      {
        body: stream,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    )
    expect(undeclared.status).toBe(413)
    expect(await count('nominations')).toBe(before)
  })

  it('a bot that fills the honeypot is told it succeeded, and nothing is stored', async () => {
    const before = await count('nominations')
    const html = await sendNomination(
      { ...nomination, website: 'http://spam.example' },
      { accept: 'text/html' },
    )
    expect(html.status).toBe(303)
    // A reference like any other, so the bot cannot tell; it names no nomination.
    const decoy = html.headers.get('location')!.split('/').at(-1)!
    expect(decoy).toMatch(/^TM-\d{4}-\d{6}$/)
    const json = await sendNomination({ ...nomination, website: 'x' }, { json: true })
    expect(json.status).toBe(201)
    expect(((await json.json()) as { reference: string }).reference).toMatch(/^TM-\d{4}-\d{6}$/)
    expect(await count('nominations')).toBe(before)
    const named = await payload.count({
      collection: 'nominations',
      where: { reference: { equals: decoy } },
      overrideAccess: true,
    })
    expect(named.totalDocs).toBe(0)
  })

  it('a sixth submission within a minute from one address is a 429 with Retry-After', async () => {
    const address = newAddress()
    for (let i = 0; i < 5; i += 1) {
      expect((await sendNomination({ ...nomination, nominee: '' }, { address })).status).toBe(400)
    }
    const before = await count('nominations')
    const sixth = await sendNomination(nomination, { address })
    expect(sixth.status).toBe(429)
    const retryAfter = Number(sixth.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(
      (await sendObjection({ ...objection, notice: docs.slugs.inNotice! }, { address })).status,
    ).toBe(429)
    expect(await count('nominations')).toBe(before)
    // Another address is not held back.
    expect((await sendNomination(nomination)).status).toBe(201)
  })
})

describe('a reader nominates a unit, and every nomination is answered with a reference number', () => {
  // Each nomination queues an email to the editors; send them, so later tests' job runs are theirs.
  afterAll(async () => {
    await payload.jobs.run({ limit: 100 })
  })
  const latest = async () =>
    (
      await payload.find({
        collection: 'nominations',
        sort: '-createdAt',
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]!

  it('a unit is nominated as a whole, with no unit of its own', async () => {
    const { nomineeUnit: _unit, ...rest } = nomination
    const response = await sendNomination({ ...rest, nomineeKind: 'unit', nominee: '青山镇' })
    expect(response.status).toBe(201)
    const { reference } = (await response.json()) as { reference: string }
    expect(await latest()).toMatchObject({
      nomineeKind: 'unit',
      nominee: '青山镇',
      nomineeUnit: '青山镇',
      reference,
    })
  })

  it('a person still needs their unit, and the kind must be a person or a unit', async () => {
    const before = await count('nominations')
    const { nomineeUnit: _unit, ...rest } = nomination
    const noUnit = await sendNomination(rest)
    expect(noUnit.status).toBe(400)
    expect(((await noUnit.json()) as { errors: object }).errors).toEqual({
      nomineeUnit: '请填写此项。',
    })
    const strange = await sendNomination({ ...nomination, nomineeKind: 'group' }, { locale: 'en' })
    expect(strange.status).toBe(400)
    expect(((await strange.json()) as { errors: object }).errors).toEqual({
      nomineeKind: 'Please choose one.',
    })
    expect(await count('nominations')).toBe(before)
  })

  it('numbers are TM-<year>-<six digits>, different each time, and not counted up', async () => {
    const references: string[] = []
    for (let i = 0; i < 4; i += 1) {
      const response = await sendNomination(nomination, { json: true })
      expect(response.status).toBe(201)
      references.push(((await response.json()) as { reference: string }).reference)
    }
    const year = new Intl.DateTimeFormat('en', {
      year: 'numeric',
      timeZone: 'Asia/Shanghai',
    }).format(new Date((await latest()).createdAt))
    for (const reference of references) expect(reference).toMatch(new RegExp(`^TM-${year}-\\d{6}$`))
    expect(new Set(references).size).toBe(references.length)
    const serials = references.map((reference) => Number(reference.slice(-6)))
    const steps = serials.slice(1).map((serial, i) => serial - serials[i]!)
    expect(steps.every((step) => step === 1)).toBe(false)
  })

  it('the sender cannot choose the number, and a number is given once only', async () => {
    const taken = (await latest()).reference!
    const created = await payload.create({
      collection: 'nominations',
      data: { ...nomination, consent: true, reference: taken } as never,
      overrideAccess: false,
    })
    expect(created.reference).toMatch(/^TM-\d{4}-\d{6}$/)
    expect(created.reference).not.toBe(taken)
    // Not even an editor changes it afterwards.
    await payload.update({
      collection: 'nominations',
      id: created.id,
      data: { reference: taken, internalNote: '核实中' },
      ...as(staff.editor),
    })
    const kept = await payload.findByID({
      collection: 'nominations',
      id: created.id,
      overrideAccess: true,
    })
    expect(kept).toMatchObject({ reference: created.reference, internalNote: '核实中' })
  })

  it('editors find a nomination by its number', async () => {
    const { reference, id } = await latest()
    const { docs: found } = await payload.find({
      collection: 'nominations',
      where: { reference: { equals: reference } },
      ...as(staff.editor),
    })
    expect(found.map((doc) => doc.id)).toEqual([id])
  })
})

describe('nominations are private to editors', () => {
  let id: number
  beforeAll(async () => {
    const created = await payload.create({
      collection: 'nominations',
      data: { ...nomination, consent: true, status: 'accepted', internalNote: 'x' } as never,
      overrideAccess: false,
    })
    id = created.id
    expect(created).not.toHaveProperty('nominatorContact')
  })

  it('the public creates through the Local API only as new, and can never read, list, change or delete', async () => {
    const stored = await payload.findByID({ collection: 'nominations', id, overrideAccess: true })
    expect(stored.status).toBe('new')
    expect(stored.internalNote ?? null).toBeNull()
    await expect(
      payload.find({ collection: 'nominations', overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      payload.findByID({ collection: 'nominations', id, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: 'nominations',
        id,
        data: { nominee: '改' },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'nominations', id, overrideAccess: false }),
    ).rejects.toThrow()
  })

  it('the REST and GraphQL doors are shut to the public: no create, no read', async () => {
    const before = await count('nominations')
    const created = await api('POST', '/nominations', { json: { ...nomination, consent: true } })
    expect(created.status).toBe(403)
    expect(await count('nominations')).toBe(before)
    const listed = await api('GET', '/nominations')
    expect(listed.status).toBe(403)
    expect(JSON.stringify(listed.data)).not.toContain(CONTACT)
    const one = await api('GET', `/nominations/${id}`)
    expect(one.status).toBe(403)
  })

  it('an expert sees and creates nothing', async () => {
    await expect(payload.find({ collection: 'nominations', ...as(staff.expert) })).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'nominations',
        data: { ...nomination, consent: true } as never,
        ...as(staff.expert),
      }),
    ).rejects.toThrow()
    const token = await login(staff.expert.email, PASSWORD)
    expect((await api('GET', '/nominations', { token })).status).toBe(403)
  })

  it('editors and administrators read every field, the contact included', async () => {
    for (const user of [staff.editor, staff.admin]) {
      const seen = await payload.findByID({ collection: 'nominations', id, ...as(user) })
      expect(seen.nominatorContact).toBe(CONTACT)
    }
  })

  it('an editor accepts a nomination, notes why and links the notice it led to; the decision is final', async () => {
    const accepted = await payload.update({
      collection: 'nominations',
      id,
      data: {
        status: 'accepted',
        internalNote: '事迹属实，已纳入年度表彰。',
        ledTo: { relationTo: 'commendations', value: docs.ids.plain! },
      },
      ...as(staff.editor),
    })
    expect(accepted.status).toBe('accepted')
    expect(accepted.ledTo).toMatchObject({ relationTo: 'commendations' })
    await expect(
      payload.update({
        collection: 'nominations',
        id,
        data: { status: 'rejected' },
        ...as(staff.editor),
      }),
    ).rejects.toThrow(/处理状态/)
    const kept = await payload.findByID({ collection: 'nominations', id, overrideAccess: true })
    expect(kept.status).toBe('accepted')
  })

  it('only an accepted nomination leads to something; rejected and duplicate ones stand alone', async () => {
    const other = await payload.create({
      collection: 'nominations',
      data: { ...nomination, consent: true } as never,
      overrideAccess: false,
    })
    await expect(
      payload.update({
        collection: 'nominations',
        id: other.id,
        data: {
          status: 'rejected',
          ledTo: { relationTo: 'commendations', value: docs.ids.plain! },
        },
        ...as(staff.editor),
      }),
    ).rejects.toThrow()
    const duplicate = await payload.update({
      collection: 'nominations',
      id: other.id,
      data: { status: 'duplicate' },
      ...as(staff.editor),
    })
    expect(duplicate.status).toBe('duplicate')
  })
})

describe('a reader objects to a notice in its public-notice period', () => {
  it('an objection to a notice in its period is taken and tied to the notice', async () => {
    const before = await count('objections')
    const response = await sendObjection(
      { ...objection, notice: docs.slugs.inNotice! },
      { accept: 'text/html' },
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/zh/objections/thanks/${docs.slugs.inNotice}`)
    expect(await count('objections')).toBe(before + 1)
    const {
      docs: [stored],
    } = await payload.find({
      collection: 'objections',
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({
      commendation: docs.ids.inNotice,
      objectorContact: '0571-88886666',
      status: 'new',
    })
  })

  it('a notice outside its period, or none at all, takes no objection', async () => {
    const before = await count('objections')
    expect((await sendObjection({ ...objection, notice: docs.slugs.plain! })).status).toBe(409)
    expect((await sendObjection({ ...objection, notice: 'no-such-notice' })).status).toBe(404)
    expect(
      (await sendObjection({ ...objection, notice: docs.slugs.plain! }, { accept: 'text/html' }))
        .status,
    ).toBe(409)
    expect(await count('objections')).toBe(before)
  })

  it('objections get the same checks as nominations', async () => {
    const before = await count('objections')
    const missing = await sendObjection({ notice: docs.slugs.inNotice!, objectorName: '张' })
    expect(missing.status).toBe(400)
    expect(Object.keys(((await missing.json()) as { errors: object }).errors).sort()).toEqual([
      'consent',
      'grounds',
      'objectorContact',
    ])
    const bot = await sendObjection(
      { ...objection, notice: docs.slugs.inNotice!, website: 'x' },
      { json: true },
    )
    expect(bot.status).toBe(201)
    const big = await sendObjection({
      ...objection,
      notice: docs.slugs.inNotice!,
      grounds: 'y'.repeat(65 * 1024),
    })
    expect(big.status).toBe(413)
    expect(await count('objections')).toBe(before)
  })

  it('objections are the editors’ alone', async () => {
    expect((await api('GET', '/objections')).status).toBe(403)
    expect(
      (
        await api('POST', '/objections', {
          json: { ...objection, consent: true, commendation: docs.ids.inNotice },
        })
      ).status,
    ).toBe(403)
    await expect(payload.find({ collection: 'objections', ...as(staff.expert) })).rejects.toThrow()
    const seen = await payload.find({ collection: 'objections', ...as(staff.editor) })
    expect(seen.docs[0]?.objectorContact).toBe('0571-88886666')
  })

  it('the public page data shows the period but no objection and no contact', async () => {
    const shown = await commendationBySlug(docs.slugs.inNotice!, 'zh')
    expect(shown?.publicNotice?.state).toBe('in-notice')
    const text = JSON.stringify(shown)
    expect(text).not.toContain('0571-88886666')
    expect(text).not.toContain(CONTACT)
  })
})

describe('the public-notice period ends', () => {
  const editor = () => as(staff.editor)
  const state = async (key: string) =>
    (
      await payload.findByID({
        collection: 'commendations',
        id: docs.ids[key]!,
        overrideAccess: true,
      })
    ).publicNotice

  it('a notice in notice needs an end later than now', async () => {
    await expect(
      docs.create('commendations', 'noEnd', { publicNotice: { state: 'in-notice' } }),
    ).rejects.toThrow(/公示截止时间/)
    await expect(
      docs.create('commendations', 'pastEnd', {
        publicNotice: { state: 'in-notice', endsAt: '2020-01-01T00:00:00.000Z' },
      }),
    ).rejects.toThrow()
  })

  it('the scheduled task makes final a notice whose period has ended, and only that one', async () => {
    await docs.create('commendations', 'ending', {
      publicNotice: { state: 'in-notice', endsAt: new Date(Date.now() + 1500).toISOString() },
    })
    await docs.create('commendations', 'extended', {
      publicNotice: { state: 'in-notice', endsAt: new Date(Date.now() + 1500).toISOString() },
    })
    const later = inAnHour()
    await payload.update({
      collection: 'commendations',
      id: docs.ids.extended!,
      data: { publicNotice: { state: 'in-notice', endsAt: later } },
      ...editor(),
    })
    await finaliseLater(2000)
    const ended = await state('ending')
    expect(ended?.state).toBe('final')
    expect(new Date(ended!.finalisedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect((await state('extended'))?.state).toBe('in-notice')
    expect((await state('extended'))?.endsAt).toBe(later)
    expect((await state('inNotice'))?.state).toBe('in-notice')
    const shown = await commendationBySlug(docs.slugs.ending!, 'zh')
    expect(shown?.publicNotice?.state).toBe('final')
    expect(shown?.reviewState).toBe('published')
    expect((await sendObjection({ ...objection, notice: docs.slugs.ending! })).status).toBe(409)
  })

  it('a notice with an unpublished draft is made final as published, and the draft is kept', async () => {
    await docs.create('commendations', 'pendingDraft', {
      title: '公示中的通报（已发布版）',
      publicNotice: { state: 'in-notice', endsAt: new Date(Date.now() + 1500).toISOString() },
    })
    const id = docs.ids.pendingDraft!
    await payload.update({
      collection: 'commendations',
      id,
      draft: true,
      data: { title: '公示中的通报（修改稿，未发布）' },
      ...editor(),
    })
    await finaliseLater(2000)
    const shown = await commendationBySlug(docs.slugs.pendingDraft!, 'zh')
    expect(shown).toMatchObject({ title: '公示中的通报（已发布版）', reviewState: 'published' })
    expect(shown?.publicNotice?.state).toBe('final')
    const draft = await payload.findByID({ collection: 'commendations', id, draft: true })
    expect(draft).toMatchObject({ title: '公示中的通报（修改稿，未发布）', _status: 'draft' })
    expect(draft.publicNotice?.state).toBe('final')
  })

  it('an editor finalises a notice early', async () => {
    await docs.create('commendations', 'early', {
      publicNotice: { state: 'in-notice', endsAt: inAnHour() },
    })
    const changed = await payload.update({
      collection: 'commendations',
      id: docs.ids.early!,
      data: { publicNotice: { state: 'final' } },
      ...editor(),
    })
    expect(changed.publicNotice?.state).toBe('final')
    expect(changed.publicNotice?.finalisedAt).toBeTruthy()
  })

  it('a withdrawn notice is not made final, and takes no objection', async () => {
    await docs.create('commendations', 'withdrawnInNotice', {
      publicNotice: { state: 'in-notice', endsAt: new Date(Date.now() + 1000).toISOString() },
    })
    await docs.withdraw('commendations', 'withdrawnInNotice')
    await finaliseLater(1500)
    expect((await state('withdrawnInNotice'))?.state).toBe('in-notice')
    expect(
      (await sendObjection({ ...objection, notice: docs.slugs.withdrawnInNotice! })).status,
    ).toBe(409)
  })

  it("the jobs runner's endpoint makes final a notice whose period has ended, at its next request", async () => {
    await docs.create('commendations', 'endedBetweenTicks', {
      publicNotice: { state: 'in-notice', endsAt: new Date(Date.now() + 1500).toISOString() },
    })
    const ask = () =>
      api('POST', '/laurel/run-jobs', {
        headers: { 'x-laurel-jobs-key': jobsRunnerKey(payload.secret) },
      })
    expect((await ask()).status).toBe(200)
    expect((await state('endedBetweenTicks'))?.state).toBe('in-notice')
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2000 })
    try {
      expect((await ask()).status).toBe(200)
    } finally {
      vi.useRealTimers()
    }
    expect((await state('endedBetweenTicks'))?.state).toBe('final')
  })
})
