// Which cached pages a save expires: the document's own page under every slug it had, its
// section's lists, the home page, feeds and sitemap, and for notices the honor rolls of its years.
import { describe, expect, it } from 'vitest'

import { tagsToRevalidate } from '@/hooks/revalidatePublicPages'

describe('the pages a save expires', () => {
  it('a notice: its page under old and new slug, both honor-roll years, lists, home, feeds, sitemap', () => {
    const tags = tagsToRevalidate('commendations', [
      { slug: 'new', assessmentYear: 2025 },
      { slug: 'old', assessmentYear: 2024 },
    ])
    expect(tags.sort()).toEqual(
      [
        'commendations',
        'commendation:new',
        'commendation:old',
        'honor-rolls',
        'honor-roll:2025',
        'honor-roll:2024',
        'home',
        'feeds',
        'sitemap',
      ].sort(),
    )
  })

  it('a notice whose number changed: the verification pages of the old and the new number', () => {
    const tags = tagsToRevalidate('commendations', [
      { slug: 'a', noticeNumber: '区委发〔2026〕13号' },
      { slug: 'a', noticeNumber: '区委发〔2026〕12号' },
    ])
    expect(tags).toEqual(
      expect.arrayContaining(['verify:区委发〔2026〕13号', 'verify:区委发〔2026〕12号']),
    )
  })

  it('a person: the people tag only, as a person without consent has no slug to name', () => {
    expect(tagsToRevalidate('people', [{ slug: 'x' }]).sort()).toEqual(
      ['feeds', 'home', 'people', 'sitemap'].sort(),
    )
  })

  it('a unit and an expert: their own page and their section', () => {
    expect(tagsToRevalidate('units', [{ slug: 'qingshan' }])).toContain('unit:qingshan')
    expect(tagsToRevalidate('experts', [{ slug: 'zhou' }, null])).toEqual(
      expect.arrayContaining(['experts', 'expert:zhou']),
    )
  })
})
