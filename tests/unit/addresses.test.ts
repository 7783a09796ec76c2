// The addresses the public site reads and writes: list views in their query and path forms, the
// language prefix, and the pages draft preview may open (never another site).
import { describe, expect, it } from 'vitest'

import { localePath, withoutLocale } from '@/i18n/locales'
import { canonicalView, listHref, parseViewPath, viewPath } from '@/lib/listView'
import { isPreviewablePath } from '@/lib/previewPath'

describe('list views', () => {
  it('keep known filters in a fixed order and drop the first page', () => {
    const view = canonicalView(
      new URLSearchParams(
        'page=1&mechanism=incentive&assessed=2025&issued=2026&utm_source=x&polarity=<b>',
      ),
    )
    expect(view).toEqual({ issued: '2026', assessed: '2025', mechanism: 'incentive' })
    expect(viewPath(view)).toBe('issued/2026/assessed/2025/mechanism/incentive')
  })

  it('read back only canonical paths, so the cache holds one page per view', () => {
    expect(parseViewPath(['assessed', '2025', 'page', '2'])).toEqual({
      assessed: '2025',
      page: '2',
    })
    expect(parseViewPath(['page', '2', 'assessed', '2025'])).toBeNull()
    expect(parseViewPath(['assessed', '2025', 'issued', '2026'])).toBeNull()
    expect(parseViewPath(['page', '1'])).toBeNull()
    expect(parseViewPath(['year', '2025'])).toBeNull()
    expect(parseViewPath(['issued'])).toBeNull()
    expect(parseViewPath([])).toBeNull()
  })

  it('are written as shareable query strings under the language prefix', () => {
    expect(
      listHref('en', '/commendations', { page: 2, assessed: 2025, issued: 2026, category: '' }),
    ).toBe('/en/commendations?issued=2026&assessed=2025&page=2')
    expect(listHref('zh', '/commendations', { page: 1 })).toBe('/zh/commendations')
  })
})

describe('language prefixes', () => {
  it('swap the language and keep the document', () => {
    expect(withoutLocale('/en/commendations/a')).toEqual({ locale: 'en', path: '/commendations/a' })
    expect(withoutLocale('/')).toEqual({ locale: 'zh', path: '/' })
    expect(localePath('zh', '/commendations/a')).toBe('/zh/commendations/a')
    expect(localePath('en')).toBe('/en')
  })
})

describe('draft preview', () => {
  it('opens only pages of this site', () => {
    expect(isPreviewablePath('/zh/commendations/a')).toBe(true)
    expect(isPreviewablePath('/en')).toBe(true)
    for (const path of [
      '//evil.example/zh',
      '/zh//evil.example',
      'https://evil.example',
      '/admin',
      '/zh\\evil',
      null,
    ]) {
      expect(isPreviewablePath(path), String(path)).toBe(false)
    }
  })
})
