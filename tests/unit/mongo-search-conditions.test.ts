// How a query's pieces become MongoDB conditions (src/search/mongoMatching.ts): each must be one
// the multikey terms index can answer, with FTS5's meaning (a prefix is a range of terms, a
// Chinese run is its pairs in a row). Only the query documents are checked here; where MongoDB
// runs, tests/int/search.test.ts runs the searches through them.
import { describe, expect, it } from 'vitest'

import { afterPrefix, mongoMatch, pieceCondition } from '@/search/mongoMatching'
import { parseQuery } from '@/search/terms'

const pieces = (q: string) => {
  const parsed = parseQuery(q)
  if (parsed.kind !== 'ok') throw new Error(q)
  return parsed.pieces
}

describe('a query on MongoDB', () => {
  it('a word being typed is a range of terms: rur up to rus, never a match inside a word', () => {
    expect(pieceCondition(pieces('ural')[0]!)).toEqual({
      tokens: { $elemMatch: { $gte: 'ural', $lt: 'uram' } },
    })
  })

  it('one Chinese character is the range of the pairs it begins, and a pair is one term', () => {
    expect(pieceCondition(pieces('扶 x')[0]!)).toEqual({
      tokens: { $elemMatch: { $gte: '扶', $lt: afterPrefix('扶') } },
    })
    expect(pieceCondition(pieces('扶贫')[0]!)).toEqual({ tokens: '扶贫' })
  })

  it('a longer Chinese run needs all its pairs, and in a row in the terms', () => {
    expect(pieceCondition(pieces('扶贫工作')[0]!)).toEqual({
      tokens: { $all: ['扶贫', '贫工', '工作'] },
      terms: { $regex: '(?:^| )扶贫 贫工 工作(?: |$)' },
    })
  })

  it('the range after a prefix covers every longer term and nothing else', () => {
    expect(afterPrefix('ab')).toBe('ac')
    expect('abzzz' < afterPrefix('ab')).toBe(true)
    expect('ac' < afterPrefix('ab')).toBe(false)
    expect(afterPrefix('a\u{10FFFE}')).toBe('a\u{10FFFF}')
  })

  it('starts from the language, then every piece, then the filters', () => {
    expect(mongoMatch(pieces('扶贫 rur'), 'en', { type: 'units', year: undefined })).toEqual({
      language: 'en',
      $and: [{ tokens: '扶贫' }, { tokens: { $elemMatch: { $gte: 'rur', $lt: 'rus' } } }],
      type: 'units',
    })
  })
})
