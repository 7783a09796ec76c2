// Chinese text on the English site is marked as Chinese; English text, and anything on the
// Chinese site, keeps the page's language.
import { describe, expect, it } from 'vitest'

import { contentLang, plainTextOf } from '@/components/stories/contentLang'

describe('the language of text from the CMS', () => {
  it('marks Chinese on the English site only', () => {
    expect(contentLang('en', '刘芳')).toBe('zh-CN')
    expect(contentLang('en', '区纪发〔2024〕6号')).toBe('zh-CN')
    expect(contentLang('en', '2024年PDF原件')).toBe('zh-CN')
    expect(contentLang('zh', '刘芳')).toBeUndefined()
    expect(contentLang('en', 'Implementing rules')).toBeUndefined()
    expect(contentLang('en', 'Zhang Weidong (张卫东) of Qingshi Town is commended')).toBeUndefined()
    expect(contentLang('en', '')).toBeUndefined()
    expect(contentLang('en', null)).toBeUndefined()
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
    expect(contentLang('en', plainTextOf(body))).toBe('zh-CN')
    expect(plainTextOf(null)).toBe('')
  })
})
