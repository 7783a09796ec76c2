// Chinese text on the English site is marked as Chinese; English text, and anything on the
// Chinese site, keeps the page's language.
import { describe, expect, it } from 'vitest'

import { contentLang, plainTextOf } from '@/lib/contentLanguage'

describe('the language of text from the CMS', () => {
  it('marks Chinese on the English site only', () => {
    expect(contentLang('刘芳', 'en')).toBe('zh-CN')
    expect(contentLang('区纪发〔2024〕6号', 'en')).toBe('zh-CN')
    expect(contentLang('2024年PDF原件', 'en')).toBe('zh-CN')
    expect(contentLang('刘芳', 'zh')).toBeUndefined()
    expect(contentLang('Implementing rules', 'en')).toBeUndefined()
    expect(contentLang('Zhang Weidong (张卫东) of Qingshi Town is commended', 'en')).toBeUndefined()
    expect(contentLang('', 'en')).toBeUndefined()
    expect(contentLang(null, 'en')).toBeUndefined()
  })

  it('reads the text of a rich-text value, not its structure', () => {
    const body = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: '为进一步激发干部担当作为' }] },
          { type: 'paragraph', children: [{ type: 'text', text: '制定本办法。' }] },
        ],
      },
    }
    expect(plainTextOf(body)).toBe('为进一步激发干部担当作为 制定本办法。')
    expect(contentLang(plainTextOf(body), 'en')).toBe('zh-CN')
    expect(plainTextOf(null)).toBe('')
  })
})
