// What the proxy must never keep: a signed-in editor's answers and draft previews, the admin, the
// API, Next's preview routes, form posts, and pages the app marks private (search).
import { beforeAll, describe, expect, it } from 'vitest'

import { aNotice, cached, type Notice, rest, signIn, through, until } from './through'

let token: string
let notice: Notice
let path: string

/** The cookies a response sets, as a Cookie header sends them back. */
const cookiesOf = (setCookie: string[] | undefined) =>
  (setCookie ?? []).map((cookie) => cookie.split(';')[0]).join('; ')

beforeAll(async () => {
  token = await signIn('editor@laurel.local')
  ;({ notice, path } = await aNotice('-issuedAt'))
})

describe('a signed-in editor', () => {
  it('is never answered from the cache, and their answers are never stored', async () => {
    await until(() => through(path), cached, 10_000, 'the public page cached')
    const staff = await through(path, { headers: { cookie: `payload-token=${token}` } })
    expect(staff.status).toBe(200)
    expect(staff.cache).toBe('BYPASS')
  })

  it('previews a draft that no anonymous reader ever gets', async () => {
    const draftTitle = `${notice.title}（代理草稿）`
    const saved = await rest('PATCH', `/commendations/${notice.id}?draft=true`, {
      token,
      json: { title: draftTitle },
    })
    expect(saved.status, saved.text).toBe(200)
    const session = `payload-token=${token}`
    // Payload believes a session cookie only on a same-site request, as a browser marks it.
    const entered = await through(`/next/preview?path=${encodeURIComponent(path)}`, {
      headers: { cookie: session, 'sec-fetch-site': 'same-origin' },
    })
    expect(entered.status).toBe(307)
    expect(entered.cache).toBe('BYPASS')
    const preview = `${session}; ${cookiesOf(entered.headers['set-cookie'])}`
    expect(preview).toContain('__prerender_bypass=')

    const seen = await through(path, {
      headers: { cookie: preview, 'sec-fetch-site': 'same-origin' },
    })
    expect(seen.cache).toBe('BYPASS')
    expect(seen.text).toContain(draftTitle)
    // Draft mode alone, the session gone, is bypassed too (and shows the published page).
    const draftModeOnly = cookiesOf(entered.headers['set-cookie'])
    expect((await through(path, { headers: { cookie: draftModeOnly } })).cache).toBe('BYPASS')
    // Readers meanwhile, until the page is served from the cache again: never the draft.
    const reader = await until(
      () => through(path),
      (answer) => {
        expect(answer.text).not.toContain(draftTitle)
        return cached(answer)
      },
      10_000,
      'the published page cached after the preview',
    )
    expect(reader.text).toContain(notice.title)
  })
})

describe('never cached', () => {
  it('the API: a change is read back at once, and nothing is a hit', async () => {
    const read = () => rest('GET', `/commendations/${notice.id}?depth=0`, { token })
    const before = [await read(), await read()]
    expect(before.map((answer) => answer.cache)).toEqual(['BYPASS', 'BYPASS'])
    const title = `${notice.title}（接口）`
    const saved = await rest('PATCH', `/commendations/${notice.id}`, { token, json: { title } })
    expect(saved.status, saved.text).toBe(200)
    expect(saved.cache).toBeUndefined() // a PATCH never consults the cache
    const after = await read()
    expect(after.status, after.text).toBe(200)
    expect(after.data.title).toBe(title)
  })

  it('the admin and the preview routes', async () => {
    for (const address of ['/admin', '/admin/login', '/next/exit-preview']) {
      const answers = [await through(address), await through(address)]
      expect(answers.map((answer) => answer.cache)).toEqual(['BYPASS', 'BYPASS'])
    }
  })

  it('a form post, and any method but GET', async () => {
    const post = await through('/zh/nominate/send', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ nominee: '' }).toString(),
      from: '127.0.0.9',
    })
    expect(post.status).toBe(400)
    // A POST never consults the cache (no status at all); HEAD is bypassed by name.
    expect(post.cache).toBeUndefined()
    const head = await through(path, { method: 'HEAD' })
    expect(head.cache).toBe('BYPASS')
  })

  it('a page the app marks private: search', async () => {
    const search = '/zh/search?q=%E8%A1%A8%E5%BD%B0'
    const answers = [await through(search), await through(search), await through(search)]
    expect(answers[0]!.status).toBe(200)
    expect(answers[0]!.headers['cache-control']).toMatch(/private|no-store/)
    expect(answers.map((answer) => answer.cache)).not.toContain('HIT')
  })
})
