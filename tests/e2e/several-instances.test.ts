// Two production instances on one database and one Redis (started here, as the SMTP tests start
// their mail server): a save on one expires the page on the other, a reader's form posts count
// together whichever instance takes them, and a scheduled publish happens once.
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startRedis } from '../helpers/redis'
import { completeNomination } from '../helpers/samples'
import { startServer, type TestServer } from '../helpers/server'
import { startMailbox } from '../helpers/smtp'
import { DEMO_PASSWORD } from './browser'

// Beside the browser tests' server (LAUREL_E2E_PORT): the next ports, and Redis's own.
const e2ePort = Number(process.env.LAUREL_E2E_PORT || 3310)
const redisPort = Number(process.env.LAUREL_TEST_REDIS_PORT || 6390)
const smtpPort = e2ePort + 3

let redis: Awaited<ReturnType<typeof startRedis>>
let mailbox: Awaited<ReturnType<typeof startMailbox>>
let first: TestServer
let second: TestServer
let local: Payload | undefined

type Json = Record<string, unknown>

const api = async (
  server: TestServer,
  method: string,
  path: string,
  init: { token?: string; json?: unknown; headers?: Record<string, string> } = {},
) => {
  const headers: Record<string, string> = { ...init.headers }
  if (init.token) headers.Authorization = `JWT ${init.token}`
  if (init.json !== undefined) headers['Content-Type'] = 'application/json'
  const body = init.json === undefined ? undefined : JSON.stringify(init.json)
  const response = await fetch(`${server.baseUrl}/api${path}`, { method, headers, body })
  return { status: response.status, data: (await response.json()) as Json }
}

const login = async (server: TestServer, email: string) => {
  const { status, data } = await api(server, 'POST', '/users/login', {
    json: { email, password: DEMO_PASSWORD },
  })
  if (status !== 200) throw new Error(`login failed for ${email}: ${status}`)
  return { token: data.token as string, id: (data.user as { id: number }).id }
}

/** Waits for `check` to hold, polling; fails after `timeoutMs` saying what it waited for. */
const waitFor = async (what: string, timeoutMs: number, check: () => Promise<boolean>) => {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

beforeAll(async () => {
  redis = await startRedis(redisPort)
  mailbox = await startMailbox(smtpPort)
  const env = {
    LAUREL_REDIS_URL: redis.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    LAUREL_FORM_POSTS_PER_MINUTE: '5',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
  }
  first = await startServer(e2ePort + 1, { env })
  second = await startServer(e2ePort + 2, {
    env,
    databaseUri: first.databaseUri,
    mediaDir: first.mediaDir,
  })
})

afterAll(async () => {
  await local?.destroy()
  await second?.stop()
  await first?.stop()
  await mailbox?.close()
  await redis?.stop()
})

describe('two instances, one database, one Redis', () => {
  it('share rendered pages, and a publish through one is served fresh by the other', async () => {
    const { data } = await api(first, 'GET', '/commendations?limit=1&sort=issuedAt&depth=0')
    const notice = (data.docs as { id: number; title: string; slug: string }[])[0]!
    const path = `/zh/commendations/${notice.slug}`
    const read = (server: TestServer) => fetch(`${server.baseUrl}${path}`)

    await read(second) // rendered by the second instance, kept in Redis
    // The first instance never rendered it, yet has it: the cache is shared.
    expect((await read(first)).headers.get('x-nextjs-cache')).toBe('HIT')
    expect((await read(second)).headers.get('x-nextjs-cache')).toBe('HIT')

    const editor = await login(first, 'editor@laurel.local')
    const corrected = `${notice.title}（两台更正）`
    const saved = await api(first, 'PATCH', `/commendations/${notice.id}`, {
      token: editor.token,
      json: { title: corrected },
    })
    expect(saved.status, JSON.stringify(saved.data)).toBe(200)
    await waitFor('the second instance serves the corrected title', 2_000, async () =>
      (await (await read(second)).text()).includes(corrected),
    )
  })

  it('count one reader’s nominations together, whichever instance takes them', async () => {
    const nomination = new URLSearchParams(completeNomination).toString()
    const statuses: number[] = []
    for (let i = 0; i < 6; i += 1) {
      const server = i % 2 === 0 ? first : second
      const response = await fetch(`${server.baseUrl}/zh/nominate/send`, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': '203.0.113.170',
        },
        body: nomination,
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
  })

  it('publish a scheduled piece once: one e-mail to its author', async () => {
    const expert = await login(first, 'expert@laurel.local')
    const editor = await login(second, 'editor@laurel.local')
    const title = `两台实例的定时发布 ${randomBytes(3).toString('hex')}`
    const created = await api(first, 'POST', '/interpretations?draft=true', {
      token: expert.token,
      json: { title, mechanism: 'promotion-demotion', summary: '标准、程序、关爱。' },
    })
    expect(created.status, JSON.stringify(created.data)).toBe(201)
    const id = (created.data.doc as { id: number }).id
    const move = (server: TestServer, token: string, reviewState: string) =>
      api(server, 'PATCH', `/interpretations/${id}?draft=true`, { token, json: { reviewState } })
    expect((await move(first, expert.token, 'submitted')).status).toBe(200)
    expect((await move(second, editor.token, 'approved')).status).toBe(200)

    // The admin's schedule drawer queues Payload's schedulePublish job on the server; Payload's
    // REST API has no door for it, so the test queues it the same way, on the shared database.
    process.env.DATABASE_URI = first.databaseUri
    process.env.PAYLOAD_SECRET = 'only-for-queueing'
    const [{ getPayload }, { default: config }] = await Promise.all([
      import('payload'),
      import('@payload-config'),
    ])
    local = await getPayload({ config })
    await local.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 1_000),
      input: {
        type: 'publish',
        doc: { relationTo: 'interpretations', value: id },
        user: { relationTo: 'users', value: editor.id },
      },
    })

    // Both instances' runners run every ten seconds; here both are also asked at once, again and
    // again, until the piece is live and its job is done.
    const subject = `已发布：${title}`
    const runBoth = () =>
      Promise.all(
        [first, second].map((server) =>
          fetch(`${server.baseUrl}/api/laurel/run-jobs`, {
            method: 'POST',
            headers: { 'x-laurel-jobs-key': server.jobsKey },
          }),
        ),
      )
    await waitFor('the piece is published and its e-mail sent', 60_000, async () => {
      await runBoth()
      // Only this job: the daily and ten-second schedules always keep their next run queued.
      const left = await local!.count({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'schedulePublish' }, completedAt: { exists: false } },
        overrideAccess: true,
      })
      return left.totalDocs === 0 && mailbox.received.some((mail) => mail.subject === subject)
    })
    await runBoth()
    const published = await api(second, 'GET', `/interpretations/${id}?depth=0`)
    expect(published.status).toBe(200)
    expect(mailbox.received.filter((mail) => mail.subject === subject).map((m) => m.to)).toEqual([
      'expert@laurel.local',
    ])
  })
})
