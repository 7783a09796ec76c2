// The site search as a reader meets it: Chinese words found inside longer text, names and honors
// of awardees found through their notice, facets and marked matches; and as editors change things:
// the index follows publish, edit, unpublish, withdrawal and deletion within the save, and never
// holds a draft, an internal remark, a person's withheld name or a warning case's person. Every
// search runs through the database's own index: SQLite's full-text index here, MongoDB's multikey
// index over the terms where MONGODB_URI names one (`npm run test:mongo`); both must pass alike.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteSearch } from '@/data/search'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { type Matcher, sqliteMatcher } from '@/search/matching'
import { mongoMatcher } from '@/search/mongoMatching'
import type { SearchFilters } from '@/search/matching'

import { namedDocuments } from '../helpers/namedDocuments'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/staff'

let payload: Payload
let editor: User
const { ids, slugs, refs, create } = namedDocuments(() => payload)

const matchers: [string, () => Matcher][] = process.env.MONGODB_URI
  ? [['MongoDB terms index', () => mongoMatcher(payload)]]
  : [['SQLite full-text index', () => sqliteMatcher(payload)]]

const flat = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('')
const marked = (segments: { text: string; marked: boolean }[]) =>
  segments.filter((segment) => segment.marked).map((segment) => segment.text)

const searchWith =
  (matcher: () => Matcher) =>
  async (q: string, locale: Locale = 'zh', filters: SearchFilters = {}, page = 1) => {
    const answer = await siteSearch({ q, filters, page }, locale, matcher())
    if (answer.status !== 'ok') return { ...answer, titles: [] as string[], total: 0 }
    return { ...answer, titles: answer.results.map((result) => flat(result.title)) }
  }
const search = searchWith(matchers[0]![1])
/** The titles found, the same through every matcher (the full-text index follows its triggers). */
const titlesFor = async (q: string, locale: Locale = 'zh') => {
  const [first, ...others] = await Promise.all(
    matchers.map(async ([, matcher]) => (await searchWith(matcher)(q, locale)).titles),
  )
  // Newest first by day; the order within a day may differ between the two.
  for (const titles of others) expect([...titles].sort(), q).toEqual([...first!].sort())
  return first!
}

/** Every entry in the index, as the public reads it. */
const wholeIndex = async () =>
  JSON.stringify(
    (await payload.find({ collection: 'search', pagination: false, overrideAccess: false })).docs,
  )

const asEditor = (
  collection: 'commendations' | 'model-stories',
  id: number,
  data: object,
  draft = false,
) =>
  payload.update({
    collection,
    id,
    data: data as never,
    draft,
    user: editor,
    overrideAccess: false,
  })

beforeAll(async () => {
  payload = await testPayload()
  const staff = await createStaff(payload)
  editor = { ...staff.editor, collection: 'users' } as User
  refs.expert = staff.expert.id
  await create('units', 'town', { name: '青山镇' })
  refs.unit = ids.town as number
  await create('people', 'named', { name: '孙红梅', position: '镇长', consent: true })
  await create('people', 'private', { name: '赵大勇', position: '副局长', consent: false })

  await create('commendations', 'poverty', {
    title: '关于表彰脱贫攻坚扶贫工作先进集体的通报',
    assessmentYear: 2024,
    mechanism: 'incentive',
    awardees: [
      { unit: ids.town, honorTitle: '脱贫攻坚先进集体', citation: '易地搬迁安置做得扎实。' },
      { person: ids.named, honorTitle: '优秀驻村书记', citation: '带领村民种茶增收。' },
      { person: ids.private, honorTitle: '先进个人', citation: '长期坚守一线。' },
    ],
  })
  await create('commendations', 'english', {
    title: '关于表彰乡村振兴工作的通报',
    assessmentYear: 2025,
    mechanism: 'promotion-demotion',
    summary: '表彰乡村振兴中成绩突出的单位。',
  })
  await payload.update({
    collection: 'commendations',
    id: ids.english as number,
    locale: 'en',
    data: { title: 'Notice commending rural revitalisation', summary: 'Poverty Alleviation work.' },
    overrideAccess: true,
  })
  await create('model-stories', 'model', {
    title: '种茶致富的驻村书记',
    polarity: 'positive',
    mechanism: 'incentive',
    subject: { person: ids.named },
  })
  await create('model-stories', 'warning', {
    title: '虚报扶贫数据的警示案例',
    polarity: 'negative',
    mechanism: 'promotion-demotion',
    subject: { person: ids.named },
  })
  await create('policies', 'policy', { title: '关于完善扶贫干部激励机制的实施办法' })
  await create('model-stories', 'draft', { title: '尚未发布的扶贫草稿' }, 'draft')
}, 300_000)
afterAll(closePayload)

describe.each(matchers)('searching in Chinese (%s)', (_, matcher) => {
  const find = searchWith(matcher)

  it('finds two characters inside a longer run of text: 扶贫 in 脱贫攻坚扶贫工作', async () => {
    const { titles } = await find('扶贫')
    expect(titles).toEqual(
      expect.arrayContaining([
        '关于表彰脱贫攻坚扶贫工作先进集体的通报',
        '虚报扶贫数据的警示案例',
        '关于完善扶贫干部激励机制的实施办法',
      ]),
    )
    expect(titles).toHaveLength(3)
  })

  it('finds English words by their beginning only: rur finds rural, ural finds nothing', async () => {
    expect((await find('rur', 'en')).titles).toEqual(['Notice commending rural revitalisation'])
    expect((await find('ural', 'en')).titles).toEqual([])
    expect((await find('ural', 'en')).total).toBe(0)
  })

  it('finds the characters only next to each other and in that order', async () => {
    expect((await find('扶工')).titles).toEqual([])
    expect((await find('贫扶')).titles).toEqual([])
    expect((await find('扶贫工作')).titles).toEqual(['关于表彰脱贫攻坚扶贫工作先进集体的通报'])
  })

  it('finds a notice by its awardees: unit, consenting name, honor title, citation', async () => {
    for (const q of ['青山镇', '孙红梅', '优秀驻村书记', '易地搬迁']) {
      expect((await find(q)).titles, q).toContain('关于表彰脱贫攻坚扶贫工作先进集体的通报')
    }
  })

  it('needs every word of a two-word query, and ignores width and case', async () => {
    expect((await find('扶贫 激励')).titles).toEqual(['关于完善扶贫干部激励机制的实施办法'])
    expect((await find('ＰＯＶＥＲＴＹ alleviation', 'en')).titles).toEqual([
      'Notice commending rural revitalisation',
    ])
  })

  it('counts facets over the matches and filters by them', async () => {
    const all = await find('扶贫')
    expect(all.status === 'ok' && all.facets.type).toEqual(
      expect.arrayContaining([
        { value: 'commendations', count: 1 },
        { value: 'model-stories', count: 1 },
        { value: 'policies', count: 1 },
      ]),
    )
    expect(all.status === 'ok' && all.facets.mechanism).toEqual(
      expect.arrayContaining([
        { value: 'incentive', count: 1 },
        { value: 'promotion-demotion', count: 1 },
      ]),
    )
    const stories = await find('扶贫', 'zh', { type: 'model-stories' })
    expect(stories.titles).toEqual(['虚报扶贫数据的警示案例'])
    // The type facet still offers the other types under the type filter.
    expect(stories.status === 'ok' && stories.facets.type).toHaveLength(3)
    const warnings = await find('扶贫', 'zh', { mechanism: 'promotion-demotion' })
    expect(warnings.titles).toEqual(['虚报扶贫数据的警示案例'])
    const in2024 = await find('扶贫', 'zh', { year: 2024 })
    expect(in2024.titles).toEqual(['关于表彰脱贫攻坚扶贫工作先进集体的通报'])
  })
})

describe.each(matchers)('names and kinds (%s)', (_, matcher) => {
  const find = searchWith(matcher)

  it('ranks the exact name of a unit or person first: a town above its people and notices', async () => {
    const town = await find('青山镇')
    // The person of that town is newer than the town, so newest-first alone puts her above it.
    expect(town.titles[0]).toBe('青山镇')
    expect(town.status === 'ok' && town.results[0]?.type).toBe('units')
    expect(town.titles).toContain('孙红梅')
    expect(town.titles.filter((title) => title === '青山镇')).toHaveLength(1)
    const person = await find('孙红梅')
    expect(person.titles[0]).toBe('孙红梅')
    expect(person.titles).toContain('种茶致富的驻村书记')
    // Part of a name is no name: newest first as always.
    expect((await find('青山')).titles).toContain('青山镇')
  })

  it('keeps the name out of the results under a filter it does not pass', async () => {
    expect((await find('青山镇', 'zh', { type: 'commendations' })).titles).not.toContain('青山镇')
    expect((await find('青山镇', 'zh', { type: 'units' })).titles).toEqual(['青山镇'])
  })

  it('finds stories by their kind: 先进典型 and 警示案例, Advanced models and Warning cases', async () => {
    const advanced = (await find('先进典型', 'zh', { type: 'model-stories' })).titles
    expect(advanced).toContain('种茶致富的驻村书记')
    expect(advanced).not.toContain('虚报扶贫数据的警示案例')
    expect((await find('先进', 'zh', { type: 'model-stories' })).titles).toContain(
      '种茶致富的驻村书记',
    )
    const warnings = (await find('警示案例', 'zh', { type: 'model-stories' })).titles
    expect(warnings).toEqual(['虚报扶贫数据的警示案例'])
    expect((await find('advanced models', 'en')).titles).toContain('种茶致富的驻村书记')
    expect((await find('warning case', 'en')).titles).toEqual(['虚报扶贫数据的警示案例'])
  })
})

describe('a reader reading results', () => {
  it('sees the matches marked in the title and a passage, as text', async () => {
    const answer = await search('驻村书记')
    expect(answer.status).toBe('ok')
    if (answer.status !== 'ok') return
    const notice = answer.results.find((result) => result.type === 'commendations')!
    expect(marked(notice.snippet)).toEqual(['驻村书记'])
    expect(notice.href).toBe(`/zh/commendations/${slugs.poverty}`)
    const story = answer.results.find((result) => result.type === 'model-stories')!
    expect(marked(story.title)).toEqual(['驻村书记'])
  })

  it('reads English entries on the English site, Chinese where no English was written', async () => {
    expect(await titlesFor('rural', 'en')).toEqual(['Notice commending rural revitalisation'])
    expect(await titlesFor('rural', 'zh')).toEqual([])
    expect(await titlesFor('扶贫工作', 'en')).toEqual(['关于表彰脱贫攻坚扶贫工作先进集体的通报'])
  })

  it('gets a plain answer for an empty, too short, too long or nonsense query', async () => {
    expect((await search('  ')).status).toBe('empty')
    expect((await search('扶')).status).toBe('too-short')
    expect((await search('！？')).status).toBe('too-short')
    expect((await search('扶'.repeat(101))).status).toBe('too-long')
    expect(await search('zzqxv')).toMatchObject({ status: 'ok', total: 0, results: [] })
    // Query syntax of the full-text index is only text to us.
    for (const q of ['扶贫" OR "*', 'NEAR(扶贫)', "'; DROP TABLE search; --"]) {
      expect((await searchWith(matchers.at(-1)![1])(q)).status, q).toBe('ok')
    }
  })
})

describe('what the index never holds', () => {
  it('drafts and withheld or warning-case names', async () => {
    expect(await titlesFor('草稿')).toEqual([])
    expect(await titlesFor('赵大勇')).toEqual([])
    expect(await titlesFor('孙红梅')).not.toContain('虚报扶贫数据的警示案例')
    expect(await titlesFor('孙红梅')).toContain('种茶致富的驻村书记')
    const index = await wholeIndex()
    expect(index).not.toContain('赵大勇')
    expect(index).toContain('赵**')
  })

  it('internal remarks', async () => {
    await asEditor('commendations', ids.poverty as number, { remarks: [{ text: '内部机密意见' }] })
    expect(await titlesFor('机密意见')).toEqual([])
    expect(await wholeIndex()).not.toContain('机密')
  })

  it('cannot be written by anyone through the API, editors included', async () => {
    const entry = {
      type: 'units',
      docId: '1',
      language: 'zh',
      title: 'x',
      terms: 'x',
      date: '2026-01-01',
    }
    await expect(
      payload.create({ collection: 'search', data: entry as never, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'search',
        data: entry as never,
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'search', where: {}, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
    expect(await titlesFor('扶贫工作')).toHaveLength(1)
  })
})

describe('an editor changing content, and the index following within the save', () => {
  it('publishes a draft: found as soon as the save returns', async () => {
    await asEditor('model-stories', ids.draft as number, { _status: 'published' })
    expect(await titlesFor('草稿')).toEqual(['尚未发布的扶贫草稿'])
  })

  it('saves a draft correction over the published version: readers still find the published text', async () => {
    await asEditor('model-stories', ids.draft as number, { title: '修改中的案例标题' }, true)
    expect(await titlesFor('修改中')).toEqual([])
    expect(await titlesFor('草稿')).toEqual(['尚未发布的扶贫草稿'])
  })

  it('publishes an edit: the new words are found and the old ones are not', async () => {
    // As the admin's "publish changes" does.
    await asEditor('model-stories', ids.draft as number, {
      title: '已经更正的扶贫案例',
      _status: 'published',
    })
    expect(await titlesFor('更正')).toEqual(['已经更正的扶贫案例'])
    expect(await titlesFor('草稿')).toEqual([])
  })

  it('unpublishes: gone from the index', async () => {
    await asEditor('model-stories', ids.draft as number, { _status: 'draft' })
    expect(await titlesFor('更正')).toEqual([])
  })

  it('withdraws a notice: gone from the index, though its page stays', async () => {
    await asEditor('commendations', ids.english as number, {
      reviewState: 'withdrawn',
      withdrawal: { reason: '依据有误。' },
    })
    expect(await titlesFor('乡村振兴')).toEqual([])
    expect(await titlesFor('rural', 'en')).toEqual([])
  })

  it('renames a unit: its notices are found by the new name', async () => {
    await payload.update({
      collection: 'units',
      id: ids.town as number,
      data: { name: '绿水镇' },
      user: editor,
      overrideAccess: false,
    })
    expect(await titlesFor('绿水镇')).toContain('关于表彰脱贫攻坚扶贫工作先进集体的通报')
    expect(await titlesFor('青山镇')).toEqual([])
  })

  it('a person withdraws consent: their name leaves every entry', async () => {
    await payload.update({
      collection: 'people',
      id: ids.named as number,
      data: { consent: false },
      user: editor,
      overrideAccess: false,
    })
    expect(await titlesFor('孙红梅')).toEqual([])
    expect(await wholeIndex()).not.toContain('孙红梅')
  })

  it('deletes a policy: gone from the index', async () => {
    await payload.delete({
      collection: 'policies',
      id: ids.policy as number,
      user: editor,
      overrideAccess: false,
    })
    expect(await titlesFor('实施办法')).toEqual([])
  })
})
