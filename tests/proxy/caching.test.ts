// Readers through the caching proxy: a notice page comes from nginx's cache, compressed once by the
// app, apart from its RSC payload; build assets are kept; and an editor's correction is what
// readers get within about a second (docs/adr/0028).
import { beforeAll, describe, expect, it } from 'vitest'

import { aNotice, cached, type Notice, rest, signIn, through, until } from './through'

let token: string
let notice: Notice
let path: string

beforeAll(async () => {
  token = await signIn('editor@laurel.local')
  ;({ notice, path } = await aNotice('issuedAt'))
})

describe('a notice page through the proxy', () => {
  it('is served from the cache, in the gzip the app made', async () => {
    const first = await through(path)
    expect(first.status).toBe(200)
    expect(first.cache).toMatch(/^(MISS|EXPIRED|HIT)$/)
    const hit = await until(() => through(path), cached, 10_000, 'a cache hit')
    expect(hit.headers['content-encoding']).toBe('gzip')
    expect(hit.text).toContain(notice.title)
    // A reader whose client takes no gzip gets the page uncompressed, never the gzip copy.
    const plain = await through(path, { headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.text).toContain(notice.title)
  })

  it('keeps the RSC payload and the HTML page of one address apart', async () => {
    await until(() => through(path), cached, 10_000, 'the HTML page cached')
    // Next sends an RSC request without its `_rsc` hash to the address with it, as the router asks.
    const asked = await through(path, { headers: { rsc: '1' } })
    const payload =
      asked.status === 307
        ? await through(asked.headers.location!, { headers: { rsc: '1' } })
        : asked
    expect(payload.status).toBe(200)
    expect(payload.headers['content-type']).toContain('text/x-component')
    const page = await until(() => through(path), cached, 10_000, 'the HTML page cached again')
    expect(page.headers['content-type']).toContain('text/html')
  })

  it('keeps the build’s static assets', async () => {
    const html = (await through(path)).text
    const asset = /\/_next\/static\/[^"'\s]+\.css/.exec(html)?.[0]
    expect(asset, 'a stylesheet linked from the page').toBeTruthy()
    const kept = await until(() => through(asset!), cached, 10_000, 'the stylesheet cached')
    expect(kept.status).toBe(200)
  })
})

describe('an editor publishes a correction', () => {
  it('is what readers get through the proxy within about a second', async () => {
    await until(() => through(path), cached, 10_000, 'the page cached before the correction')
    const corrected = `${notice.title}（代理更正）`
    const saved = await rest('PATCH', `/commendations/${notice.id}`, {
      token,
      json: { title: corrected },
    })
    expect(saved.status, saved.text).toBe(200)
    // One second of the proxy's cache, then the request that refreshes it; the margin is for a
    // slow machine rendering the page anew, not for the cache.
    const fresh = await until(
      () => through(path),
      (answer) => answer.text.includes(corrected),
      2_500,
      'the correction through the proxy',
    )
    expect(fresh.status).toBe(200)
    notice.title = corrected
  })
})
