// The proxy in front of the cached pages: the verification form's number goes to the one address
// of its official form, list filters become cacheable paths, the list's old `?year=` keeps its
// meaning, and the matcher (written out literally for Next) covers every section's filters.
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { publicCollections, sectionOf } from '@/lib/publicSections'
import { config, proxy } from '@/proxy'

const request = (path: string) => new NextRequest(new URL(path, 'http://laurel.test'))
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
    const response = proxy(request(`/zh/verify?number=${encodeURIComponent(typed)}`))
    expect(response.status).toBe(303)
    expect(new URL(response.headers.get('location')!).pathname).toBe(official)
  })
})

describe('a number typed into the verification address', () => {
  it.each(['/zh/verify/', '/verify/'])(
    'in another form is sent to the official one (308): %s',
    (prefix) => {
      const response = proxy(request(`${prefix}${encodeURIComponent('区纪发（2025）11号')}`))
      expect(response.status).toBe(308)
      expect(response.headers.getSetCookie()).toEqual([])
      expect(new URL(response.headers.get('location')!).pathname).toBe(official)
    },
  )

  it('in the official form goes on to its page, a number with a slash too', () => {
    expect(proxy(request(official)).headers.get('x-middleware-next')).toBe('1')
    const slashed = `/en/verify/${encodeURIComponent('区委发〔2026〕12')}/3号`
    expect(proxy(request(slashed)).headers.get('x-middleware-next')).toBe('1')
  })
})

describe('the notice list', () => {
  it('keeps each filter in the path the cached page lives under', () => {
    const response = proxy(request('/zh/commendations?assessed=2025&issued=2026&page=2'))
    expect(response.headers.get('x-middleware-rewrite')).toBe(
      'http://laurel.test/zh/commendations/view/issued/2026/assessed/2025/page/2',
    )
  })

  it('reads an old `?year=` as the assessment year it always meant (308)', () => {
    const response = proxy(request('/en/commendations?year=2025&mechanism=incentive'))
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
