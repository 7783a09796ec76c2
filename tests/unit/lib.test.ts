import { describe, expect, it } from 'vitest'

import { categoryFitsKind } from '@/lib/assessmentCategories'
import { maskName } from '@/lib/maskName'
import { mongoUriProblem } from '@/lib/mongoUri'
import { simplePdf } from '@/lib/simplePdf'
import { slugFromTitle } from '@/lib/slugFromTitle'

describe('slugFromTitle', () => {
  it('spells Chinese titles in pinyin and keeps Latin words and numbers', () => {
    expect(slugFromTitle('青石镇 2025年度优秀')).toBe('qing-shi-zhen-2025-nian-du-you-xiu')
    expect(slugFromTitle('Model Town, No. 1!')).toBe('model-town-no-1')
  })
  it('keeps slugs short, cut at a word boundary', () => {
    const slug = slugFromTitle('关于表彰全区目标责任考核优秀单位和先进个人的通报'.repeat(3))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })
  it('gives nothing for a title without letters or digits', () => {
    expect(slugFromTitle('！？')).toBe('')
  })
})

describe('maskName', () => {
  it('keeps the family name and hides the rest', () => {
    expect(maskName('王小明')).toBe('王**')
    expect(maskName('Li Wei')).toBe('L* ***')
    expect(maskName('  ')).toBe('')
  })
})

describe('categoryFitsKind', () => {
  it('accepts only categories of the unit kind', () => {
    expect(categoryFitsKind('town-office', 'key-development')).toBe(true)
    expect(categoryFitsKind('department', 'economic')).toBe(true)
    expect(categoryFitsKind('town-office', 'economic')).toBe(false)
    expect(categoryFitsKind('department', 'ecological-development')).toBe(false)
    expect(categoryFitsKind('castle', 'economic')).toBe(false)
  })
})

describe('mongoUriProblem', () => {
  it('refuses a MongoDB URI without a replica set, with a fix in the message', () => {
    expect(mongoUriProblem('mongodb://db:27017/laurel', false)).toMatch(/replicaSet=/)
  })
  it('accepts a replica set, an SRV URI, or an explicit opt-out', () => {
    expect(mongoUriProblem('mongodb://db:27017/laurel?replicaSet=rs0', false)).toBeNull()
    expect(mongoUriProblem('mongodb+srv://cluster.example/laurel', false)).toBeNull()
    expect(mongoUriProblem('mongodb://db:27017/laurel', true)).toBeNull()
  })
})

describe('simplePdf', () => {
  it('writes a PDF whose cross-reference offsets point at its objects', () => {
    const pdf = simplePdf(['Notice (2026) No. 12']).toString('latin1')
    expect(pdf.startsWith('%PDF-1.4')).toBe(true)
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true)
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]))
    offsets.forEach((offset, index) =>
      expect(pdf.slice(offset)).toMatch(new RegExp(`^${index + 1} 0 obj`)),
    )
  })
})
