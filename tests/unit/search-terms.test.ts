// How text is indexed and queries are read for the site search, and how matches are marked.
import { describe, expect, it } from 'vitest'

import { highlight, snippet } from '@/search/highlight'
import { plainText } from '@/search/plainText'
import { readSearchRequest, searchHref } from '@/search/searchRequest'
import { indexTerms, parseQuery } from '@/search/terms'

const marked = (segments: { text: string; marked: boolean }[]) =>
  segments.filter((segment) => segment.marked).map((segment) => segment.text)

describe('indexed terms', () => {
  it('write Chinese runs as overlapping pairs and the last character, words as they are', () => {
    expect(indexTerms('脱贫攻坚扶贫工作')).toBe('脱贫 贫攻 攻坚 坚扶 扶贫 贫工 工作 作')
    expect(indexTerms('Ｒｕｒａｌ Café，区委发〔2026〕12号')).toBe(
      'rural cafe 区委 委发 发 2026 12 号',
    )
  })

  it('contain a query’s pairs in a row exactly when the text contains the query', () => {
    const terms = indexTerms('脱贫攻坚扶贫工作')
    const phrase = (q: string) =>
      (parseQuery(q) as { pieces: { terms: string }[] }).pieces[0]!.terms
    expect(terms).toContain(phrase('扶贫'))
    expect(terms).toContain(phrase('扶贫工作'))
    expect(terms).not.toContain(phrase('扶工'))
  })
})

describe('queries', () => {
  it('are split into pieces that must all occur, normalised like the index', () => {
    expect(parseQuery(' 扶贫  Ｐａｒｔｙ ')).toEqual({
      kind: 'ok',
      pieces: [
        { text: '扶贫', terms: '扶贫', prefix: false },
        { text: 'party', terms: 'party', prefix: true },
      ],
    })
    expect(parseQuery('扶 贫')).toMatchObject({
      kind: 'ok',
      pieces: [{ prefix: true }, { prefix: true }],
    })
  })

  it('say why they cannot be searched: empty, one character, only punctuation, too long', () => {
    expect(parseQuery('   ')).toEqual({ kind: 'empty' })
    expect(parseQuery(undefined)).toEqual({ kind: 'empty' })
    expect(parseQuery('扶')).toEqual({ kind: 'too-short' })
    expect(parseQuery('"*()')).toEqual({ kind: 'too-short' })
    expect(parseQuery('a'.repeat(101))).toEqual({ kind: 'too-long' })
  })

  it('carry no query syntax: quotes, stars and operators are dropped', () => {
    const parsed = parseQuery('扶贫" OR "x*')
    expect(parsed).toMatchObject({ kind: 'ok' })
    const pieces = (parsed as { pieces: { terms: string }[] }).pieces
    expect(pieces.map((piece) => piece.terms)).toEqual(['扶贫', 'or', 'x'])
  })
})

describe('marking matches', () => {
  it('marks every match in the text as written, full-width and capitals included', () => {
    expect(marked(highlight('扶贫工作与扶贫干部', ['扶贫']))).toEqual(['扶贫', '扶贫'])
    expect(marked(highlight('ＰＯＶＥＲＴＹ and Poverty', ['poverty']))).toEqual([
      'ＰＯＶＥＲＴＹ',
      'Poverty',
    ])
  })

  it('keeps markup as text: segments, never HTML', () => {
    const segments = highlight('<b>扶贫</b>', ['扶贫'])
    expect(segments).toEqual([
      { text: '<b>', marked: false },
      { text: '扶贫', marked: true },
      { text: '</b>', marked: false },
    ])
  })

  it('cuts a passage around the first match', () => {
    const text = `${'甲'.repeat(100)}扶贫${'乙'.repeat(300)}`
    const passage = snippet(text, ['扶贫'])
    expect(passage[0]).toEqual({ text: '…', marked: false })
    expect(marked(passage)).toEqual(['扶贫'])
    expect(passage.at(-1)).toEqual({ text: '…', marked: false })
    expect(snippet('短文', ['扶贫'])).toEqual([{ text: '短文', marked: false }])
  })
})

describe('search addresses and rich text', () => {
  it('read known filters and ignore implausible ones', () => {
    expect(
      readSearchRequest({ q: '扶贫', type: 'units', year: '2025', mechanism: 'x', page: '0' }),
    ).toEqual({ q: '扶贫', filters: { type: 'units', year: 2025, mechanism: undefined }, page: 1 })
    expect(readSearchRequest({ q: ['a', 'b'], type: 'search' }).filters.type).toBeUndefined()
    expect(searchHref('zh', '扶贫', { year: 2025 }, 2)).toBe(
      '/zh/search?q=%E6%89%B6%E8%B4%AB&year=2025&page=2',
    )
  })

  it('take the words of a Lexical document, a line per block', () => {
    const doc = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ text: '第一段' }, { text: '续' }] },
          { type: 'paragraph', children: [{ text: '第二段' }] },
        ],
      },
    }
    expect(plainText(doc)).toBe('第一段续\n第二段')
    expect(plainText(null)).toBe('')
  })
})
