// Turns a title (Chinese, English or mixed) into a short ASCII URL segment.
import { pinyin } from 'pinyin-pro'

const MAX_LENGTH = 80

export const slugFromTitle = (title: string): string => {
  const latin = pinyin(title.normalize('NFKC'), {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
  }).join(' ')
  const slug = latin
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_LENGTH) return slug
  const cut = slug.slice(0, MAX_LENGTH)
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_LENGTH)
}
