// The proxy in front of the cached pages: the verification form's number goes to the one address
// of its official form, list filters become cacheable paths, the list's old `?year=` keeps its
// meaning, and the matcher (written out literally for Next) covers every section's filters.
import { createHash } from 'node:crypto'

import { NextRequest, type NextResponse } from 'next/server'
import { describe, expect, it } from 'vitest'

import { readingModeScript } from '@/components/layout/readingModeScript'
import { DRAFT_MODE_COOKIE } from '@/lib/contentSecurityNonce'
import { publicCollections, sectionOf } from '@/lib/publicSections'
import { config, proxy } from '@/proxy'

const request = (path: string) => new NextRequest(new URL(path, 'http://laurel.test'))
// Only the responses carrying a nonce are computed asynchronously; these never do.
const cachedAnswer = (path: string) => proxy(request(path)) as NextResponse
const official = `/zh/verify/${encodeURIComponent('区纪发〔2025〕11号')}`

describe('the verification form', () => {
  it.each([
    '区纪发〔2025〕11号',
    '区纪发(2025)11号',
    '区纪发（2025）11号',
    '区纪发[2025]11号',
    '区纪发［2025］11号',
    '区纪发【2025】11号',
    ' 区纪发 〔２０２５〕 １１ 号 ',
  ])('sends %s to the one page of the official number (303)', (typed) => {
    const response = cachedAnswer(`/zh/verify?number=${encodeURIComponent(typed)}`)
    expect(response.status).toBe(303)
    expect(new URL(response.headers.get('location')!).pathname).toBe(official)
  })
})

describe('a number typed into the verification address', () => {
  it.each(['/zh/verify/', '/verify/'])(
    'in another form is sent to the official one (308): %s',
    (prefix) => {
      const response = cachedAnswer(`${prefix}${encodeURIComponent('区纪发（2025）11号')}`)
      expect(response.status).toBe(308)
      expect(response.headers.getSetCookie()).toEqual([])
      expect(new URL(response.headers.get('location')!).pathname).toBe(official)
    },
  )

  it('in the official form goes on to its page, a number with a slash too', () => {
    expect(cachedAnswer(official).headers.get('x-middleware-next')).toBe('1')
    const slashed = `/en/verify/${encodeURIComponent('区委发〔2026〕12')}/3号`
    expect(cachedAnswer(slashed).headers.get('x-middleware-next')).toBe('1')
  })
})

describe('the notice list', () => {
  it('keeps each filter in the path the cached page lives under', () => {
    const response = cachedAnswer('/zh/commendations?assessed=2025&issued=2026&page=2')
    expect(response.headers.get('x-middleware-rewrite')).toBe(
      'http://laurel.test/zh/commendations/view/issued/2026/assessed/2025/page/2',
    )
  })

  it('reads an old `?year=` as the assessment year it always meant (308)', () => {
    const response = cachedAnswer('/en/commendations?year=2025&mechanism=incentive')
    expect(response.status).toBe(308)
    const location = new URL(response.headers.get('location')!)
    expect(location.pathname).toBe('/en/commendations')
    expect(Object.fromEntries(location.searchParams)).toEqual({
      assessed: '2025',
      mechanism: 'incentive',
    })
  })
})

describe('the matcher', () => {
  const matchers = config.matcher as { source: string; has?: { key: string }[] }[]
  const runsFor = (path: string, key: string) =>
    matchers.some(
      ({ source, has }) =>
        (has ?? []).some((condition) => condition.key === key) &&
        (source.includes(`/${path.slice(1)}/:slug`) ||
          new RegExp(`:list\\((?:[\\w-]+\\|)*${path.slice(1)}(?:\\|[\\w-]+)*\\)`).test(source)),
    )

  it.each(publicCollections.filter((collection) => sectionOf(collection).filters.length))(
    'sends every filter of the %s list through the proxy',
    (collection) => {
      const { path, filters } = sectionOf(collection)
      for (const key of filters) expect(runsFor(path, key), `${path} ?${key}=`).toBe(true)
    },
  )
})

describe('responses rendered per request carry a nonce', () => {
  const withCookie = (path: string) => {
    const draft = request(path)
    draft.cookies.set(DRAFT_MODE_COOKIE, 'on')
    return draft
  }
  const scriptSources = (response: NextResponse) =>
    (response.headers.get('content-security-policy') ?? '')
      .split(';')
      .find((part) => part.trim().startsWith('script-src'))
      ?.trim()
  const readingModeHash = `'sha256-${createHash('sha256').update(readingModeScript).digest('base64')}'`

  it.each(['/zh/search?q=%E8%A1%A8%E5%BD%B0', '/en/search', '/search?q=x'])(
    'search (%s): a fresh nonce, the reading-mode script by its hash, framed by the site only',
    async (path) => {
      const first = await proxy(request(path))
      const second = await proxy(request(path))
      const scripts = scriptSources(first)
      // (Tests run outside production, where `next dev` adds 'unsafe-eval'.)
      expect(scripts?.replace(" 'unsafe-eval'", '')).toBe(
        `script-src 'self' ${scripts?.match(/'nonce-[A-Za-z0-9+/=]{20,}'/)?.[0]} 'strict-dynamic' ${readingModeHash}`,
      )
      expect(scriptSources(second)).not.toBe(scripts)
      expect(first.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
      // Next's renderer reads the nonce from the request's policy.
      expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(
        first.headers.get('content-security-policy'),
      )
      expect(first.headers.get('x-middleware-next')).toBe('1')
    },
  )

  it('a page in a draft-mode preview has a nonce; a filtered list keeps its cached path', async () => {
    const notice = await proxy(withCookie('/zh/commendations/some-notice'))
    expect(scriptSources(notice)).toMatch(/'nonce-/)
    expect(notice.headers.get('x-middleware-next')).toBe('1')
    const list = await proxy(withCookie('/zh/commendations?assessed=2025'))
    expect(scriptSources(list)).toMatch(/'nonce-/)
    expect(list.headers.get('x-middleware-rewrite')).toBe(
      'http://laurel.test/zh/commendations/view/assessed/2025',
    )
  })

  it('a cached page gets no policy here (next.config gives it the one with inline scripts)', () => {
    expect(
      cachedAnswer('/zh/commendations?assessed=2025').headers.has('content-security-policy'),
    ).toBe(false)
  })

  it('the matcher sends every request with the draft-mode cookie through', () => {
    const sources = config.matcher as ({ has?: { key: string }[] } | string)[]
    expect(
      sources.some(
        (entry) => typeof entry !== 'string' && entry.has?.[0]?.key === DRAFT_MODE_COOKIE,
      ),
    ).toBe(true)
    expect(sources).toEqual(expect.arrayContaining(['/:locale(zh|en)/search', '/search']))
  })
})
