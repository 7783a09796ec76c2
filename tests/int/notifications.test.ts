// Who is told what by email as a piece moves through review, through a real SMTP server.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { api, login } from '../helpers/http'
import { mailDelivery } from '../helpers/mailQueue'
import { closePayload, testPayload } from '../helpers/payload'
import { startMailbox } from '../helpers/smtp'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

const port = await vi.hoisted(() =>
  import('../helpers/mailQueue').then((mail) => mail.routeMailToTestPort()),
)

let payload: Payload
let staff: Staff
let mailbox: Awaited<ReturnType<typeof startMailbox>>
let expert: string
let editor: string
let id: number

const deliver = mailDelivery(
  () => payload,
  () => mailbox.received,
)
const move = (token: string, json: object) =>
  api('PATCH', `/interpretations/${id}?draft=true`, { token, json })

beforeAll(async () => {
  mailbox = await startMailbox(port)
  payload = await testPayload()
  staff = await createStaff(payload)
  expert = await login(staff.expert.email, PASSWORD)
  editor = await login(staff.editor.email, PASSWORD)
  const created = await api('POST', '/interpretations?draft=true', {
    token: expert,
    json: {
      title: '能上能下的三把尺子',
      mechanism: 'promotion-demotion',
      summary: '标准、程序、关爱。',
    },
  })
  id = created.data.doc.id
})
afterAll(async () => {
  await closePayload()
  await mailbox.close()
})

describe('review notifications', () => {
  it('a submission tells the editors, and nobody else', async () => {
    expect((await move(expert, { reviewState: 'submitted' })).status).toBe(200)
    const mail = await deliver()
    expect(mail.map((m) => m.to)).toEqual(['editor@test.local'])
    expect(mail[0]?.subject).toBe('待审核：能上能下的三把尺子')
    expect(mail[0]?.text).toContain(`/admin/collections/interpretations/${id}`)
  })

  it('sending back tells the author why, and never quotes internal remarks', async () => {
    const response = await move(editor, {
      reviewState: 'rejected',
      rejectionReason: '请说明三把尺子的出处。',
      remarks: [{ text: '内部：作者上次也漏了出处' }],
    })
    expect(response.status).toBe(200)
    const mail = await deliver()
    expect(mail.map((m) => m.to)).toEqual(['expert@test.local'])
    expect(mail[0]?.text).toContain('请说明三把尺子的出处。')
    expect(mail[0]?.text).not.toContain('内部')
  })

  it('a refused move sends nothing', async () => {
    expect((await move(expert, { reviewState: 'approved' })).status).toBe(403)
    expect(await deliver()).toEqual([])
  })

  it('approval and publication tell the author', async () => {
    await move(expert, { reviewState: 'submitted' })
    await deliver()
    expect((await move(editor, { reviewState: 'approved' })).status).toBe(200)
    const approved = await deliver()
    expect(approved.map((m) => [m.to, m.subject])).toEqual([
      ['expert@test.local', '审核通过：能上能下的三把尺子'],
    ])
    expect((await move(editor, { reviewState: 'published' })).status).toBe(200)
    const published = await deliver()
    expect(published.map((m) => [m.to, m.subject])).toEqual([
      ['expert@test.local', '已发布：能上能下的三把尺子'],
    ])
  })

  it("a nomination from the public tells the editors, without the nominator's details", async () => {
    const nomination = await payload.create({
      collection: 'nominations',
      data: {
        nomineeKind: 'person',
        nominee: '王小明',
        nomineeUnit: '青山镇人民政府',
        deeds: '连续三年带领村民修路引水。',
        nominatorName: '李群众',
        nominatorContact: 'li.qunzhong@example.com',
        consent: true,
        status: 'new',
      },
      overrideAccess: false,
    })
    const mail = await deliver()
    expect(mail.map((m) => [m.to, m.subject])).toEqual([
      ['editor@test.local', '新的群众推荐：王小明'],
    ])
    expect(mail[0]?.text).toContain(`/admin/collections/nominations/${nomination.id}`)
    expect(mail[0]?.text).not.toMatch(/李群众|li\.qunzhong/)
  })

  it('every message came from the configured sender', () => {
    expect(mailbox.received.length).toBeGreaterThanOrEqual(4)
    for (const mail of mailbox.received) expect(mail.from).toContain('laurel@district.example')
  })
})
