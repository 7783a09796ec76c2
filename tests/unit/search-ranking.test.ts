// Exact names first, then the other matches: paging over the two lists shows every result once.
import { describe, expect, it } from 'vitest'

import { splitPage } from '@/search/exactNames'

describe('a page of ranked results', () => {
  // Two exact names, then 45 other matches; pages of 20.
  const exact = ['n1', 'n2']
  const others = Array.from({ length: 45 }, (_, i) => `m${i}`)
  const pageOf = (page: number) => {
    const { lead, rest } = splitPage(exact, 20, (page - 1) * 20)
    return [...lead, ...others.slice(rest.offset, rest.offset + rest.limit)]
  }

  it('starts with the names and shows each result exactly once over all pages', () => {
    expect(pageOf(1).slice(0, 3)).toEqual(['n1', 'n2', 'm0'])
    const all = [1, 2, 3].flatMap(pageOf)
    expect(all).toEqual([...exact, ...others])
  })

  it('fills a page with names alone when there are that many', () => {
    expect(splitPage(Array(25).fill('n'), 20, 0)).toEqual({
      lead: Array(20).fill('n'),
      rest: { limit: 0, offset: 0 },
    })
    expect(splitPage(Array(25).fill('n'), 20, 20).rest).toEqual({ limit: 15, offset: 0 })
  })
})
