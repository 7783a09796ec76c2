// People who have not consented appear by masked name and position only, and a warning case names
// no person unless an editor recorded a legal basis, on every surface the public can reach: the
// data behind pages, lists and home, feeds, the sitemap, JSON-LD, verification, open data, and
// the REST and GraphQL API, as the Local API's public reader and over HTTP.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { storyJsonLd } from '@/components/stories/storyJsonLd'
import { commendationBySlug } from '@/data/commendation'
import { commendationList } from '@/data/commendationList'
import { feedEntries } from '@/data/feeds'
import { honorRoll } from '@/data/honorRoll'
import { latestColumn } from '@/data/latest'
import { openDataChunk, openDataRecords } from '@/data/openData'
import { sitemapEntries } from '@/data/sitemap'
import { storyBySlug, storyList } from '@/data/stories'
import { noticeByNumber } from '@/data/verification'
import { buildFeed } from '@/lib/feeds/buildFeed'
import { parseFileName } from '@/lib/openData/files'
import { serialize } from '@/lib/openData/serialize'

import { api, gql } from '../helpers/http'
import { namedDocuments } from '../helpers/namedDocuments'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
const { ids, slugs, refs, create } = namedDocuments(() => payload)

const LEGAL_BASIS = '区纪委监委2026年第3号处分决定已依法公开'
const NOTICE_NUMBER = '隐私测试发〔2026〕1号'

/** Names that must never reach the public, and what the public sees instead. */
const hidden = {
  awardee: '赵大勇', // commended, no consent
  warned: '钱立新', // warning case, no legal basis, no consent
  warnedConsenting: '周文博', // warning case, no legal basis, consented to be named elsewhere
  warnedNamed: '吴国栋', // warning case with a legal basis, no consent
}
const unnamedPosition = '原城建办主任' // the position of the person behind the unnamed warning case
/** Titles the public does see, so that a surface that comes back empty fails. */
const titles: Record<string, string> = {
  unnamed: '不作为的警示',
  unnamedConsenting: '违规审批的警示',
  named: '拆分工程的警示',
  positive: '脱贫攻坚的榜样',
}

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  refs.expert = staff.expert.id
  await create('units', 'town', { name: '青山镇' })
  refs.unit = ids.town as number
  await create('people', 'awardee', {
    name: hidden.awardee,
    position: '村党支部书记',
    consent: false,
  })
  await create('people', 'consenting', { name: '孙红梅', position: '镇长', consent: true })
  await create('people', 'warned', {
    name: hidden.warned,
    position: unnamedPosition,
    consent: false,
  })
  await create('people', 'warnedConsenting', {
    name: hidden.warnedConsenting,
    position: '原规划所所长',
    consent: true,
  })
  await create('people', 'warnedNamed', {
    name: hidden.warnedNamed,
    position: '原副镇长',
    consent: false,
  })
  await create('commendations', 'notice', {
    noticeNumber: NOTICE_NUMBER,
    awardees: [
      { person: ids.awardee, honorTitle: '优秀干部', citation: '带领群众脱贫。' },
      { person: ids.consenting, honorTitle: '优秀干部' },
    ],
  })
  const warning = (person: string, legalBasis?: string) => ({
    polarity: 'negative',
    subject: { person: ids[person], legalBasis },
  })
  await create('model-stories', 'unnamed', { title: titles.unnamed, ...warning('warned') })
  await create('model-stories', 'unnamedConsenting', {
    title: titles.unnamedConsenting,
    ...warning('warnedConsenting'),
  })
  await create('model-stories', 'named', {
    title: titles.named,
    ...warning('warnedNamed', LEGAL_BASIS),
  })
  await create('model-stories', 'positive', {
    title: titles.positive,
    subject: { person: ids.awardee },
  })
})
afterAll(closePayload)

/**
 * Asserts that a surface shows what the public may see (so an empty answer cannot pass), then that
 * no hidden name nor the legal basis appears in it.
 */
const expectNothingPrivate = (surface: string, output: unknown, shown: readonly string[]) => {
  const text = typeof output === 'string' ? output : JSON.stringify(output)
  expect(shown.length, `${surface}: name what it must show`).toBeGreaterThan(0)
  for (const name of shown) expect(text, `${surface} lacks ${name}`).toContain(name)
  for (const name of [hidden.awardee, hidden.warned, hidden.warnedNamed, LEGAL_BASIS]) {
    expect(text, `${surface} shows ${name}`).not.toContain(name)
  }
  return text
}

/** The unnamed warning cases' stories must not point at their people in any way. */
const expectStoryNamesNoOne = (surface: string, output: unknown, shown: readonly string[]) => {
  const text = expectNothingPrivate(surface, output, shown)
  for (const name of ['钱**', unnamedPosition, hidden.warnedConsenting, '原规划所所长']) {
    expect(text, `${surface} shows ${name}`).not.toContain(name)
  }
}

describe('warning cases as the data layer gives them to pages', () => {
  it('name no person without a legal basis, even one who consented', async () => {
    for (const key of ['unnamed', 'unnamedConsenting']) {
      for (const locale of ['zh', 'en'] as const) {
        const story = await storyBySlug(slugs[key]!, locale)
        expect(story?.title).toBeTruthy()
        expect(story?.subject?.person).toBeUndefined()
        expectStoryNamesNoOne(`story page ${key}`, story, [titles[key]!])
        expectStoryNamesNoOne(`story JSON-LD ${key}`, storyJsonLd(story!, locale), [titles[key]!])
      }
    }
  })

  it('name the person as the public may see them once a legal basis is recorded', async () => {
    const story = await storyBySlug(slugs.named!, 'zh')
    expectNothingPrivate('named story', story, ['吴**', '原副镇长'])
    expect(story?.subject).not.toHaveProperty('legalBasis')
    expect(story?.subject?.legalBasisRecorded).toBe(true)
    expectNothingPrivate('named story JSON-LD', storyJsonLd(story!, 'zh'), [titles.named!])
  })

  it('show a positive model by masked name and position', async () => {
    expectNothingPrivate('positive story', await storyBySlug(slugs.positive!, 'zh'), [
      '赵**',
      '村党支部书记',
    ])
  })

  it('keep lists, home, feeds and the sitemap free of hidden names', async () => {
    const warnings = [titles.unnamed!, titles.unnamedConsenting!]
    expectStoryNamesNoOne(
      'story list',
      await storyList({ locale: 'zh', polarity: 'negative' }),
      warnings,
    )
    expectStoryNamesNoOne('home', await latestColumn('zh'), [...warnings, slugs.notice!])
    for (const locale of ['zh', 'en'] as const) {
      const entries = await feedEntries('all', locale)
      expect(entries.some((entry) => entry.path.includes(slugs.unnamed!))).toBe(true)
      const feed = buildFeed(locale, 'all', entries)
      expectStoryNamesNoOne('RSS', feed.rss2(), [...warnings, slugs.notice!])
      expectStoryNamesNoOne('Atom', feed.atom1(), [...warnings, slugs.notice!])
    }
    const sitemap = await sitemapEntries()
    const privateSlugs = await payload.find({
      collection: 'people',
      where: { consent: { equals: false } },
      overrideAccess: true,
      select: { slug: true },
    })
    const paths = sitemap.map((entry) => entry.path).join('\n')
    for (const person of privateSlugs.docs) expect(paths).not.toContain(`/people/${person.slug}`)
    expectNothingPrivate('sitemap', sitemap, [
      `/model-stories/${slugs.unnamed}`,
      `/commendations/${slugs.notice}`,
      `/people/${slugs.consenting}`,
    ])
  })
})

describe('awardees as the data layer gives them to pages', () => {
  it('show a person without consent by masked name and position on notice, list, honor roll and verification', async () => {
    const awardees = ['赵**', '村党支部书记', '孙红梅']
    expectNothingPrivate('notice', await commendationBySlug(slugs.notice!, 'zh'), awardees)
    expectNothingPrivate('notice list', await commendationList({ locale: 'zh' }), [
      NOTICE_NUMBER,
      slugs.notice!,
    ])
    expectNothingPrivate('honor roll', await honorRoll({ year: 2025, locale: 'zh' }), awardees)
    expectNothingPrivate('verification', await noticeByNumber(NOTICE_NUMBER, 'zh'), awardees)
  })

  it('show the same public names in every open-data file', async () => {
    for (const name of [
      'commendations.json',
      'commendations.csv',
      'awardees.json',
      'awardees.csv',
    ]) {
      let text = ''
      const file = parseFileName(name)!
      for await (const piece of serialize(file, 'zh', openDataRecords('zh', null, openDataChunk))) {
        text += piece
      }
      const shown = name.startsWith('awardees')
        ? ['赵**', '村党支部书记', '孙红梅', NOTICE_NUMBER]
        : [NOTICE_NUMBER]
      expectNothingPrivate(name, text, shown)
    }
  })
})

describe('the API, as the public', () => {
  it('Local API: a warning case without legal basis has no person, and no one reads the legal basis', async () => {
    const { docs } = await payload.find({
      collection: 'model-stories',
      overrideAccess: false,
      depth: 2,
      limit: 100,
    })
    expect(docs).toHaveLength(4)
    const unnamed = docs.filter((doc) => doc.id === ids.unnamed || doc.id === ids.unnamedConsenting)
    expectStoryNamesNoOne('Local API stories', unnamed, [
      titles.unnamed!,
      titles.unnamedConsenting!,
    ])
    expectNothingPrivate('Local API stories', docs, ['吴**', titles.positive!])
    for (const doc of docs) expect(doc.subject).not.toHaveProperty('legalBasis')
    const expertView = await payload.findByID({
      collection: 'model-stories',
      id: ids.named!,
      user: staff.expert,
      overrideAccess: false,
    })
    expect(expertView.subject).not.toHaveProperty('legalBasis')
  })

  it('REST: stories, one story, people and notices at any depth and with select', async () => {
    // With only the subject selected, the public still reads that no legal basis is recorded.
    const subjectOnly = ['"legalBasisRecorded":false']
    for (const [path, shown] of [
      ['/model-stories?depth=2&limit=100', [titles.unnamed!, '吴**']],
      [`/model-stories/${ids.unnamed}?depth=2`, [titles.unnamed!]],
      [`/model-stories/${ids.unnamedConsenting}?depth=3`, [titles.unnamedConsenting!]],
      [`/model-stories/${ids.unnamed}?depth=1&select[subject]=true`, subjectOnly],
      // Asked for the person alone, the public gets the story with an empty subject.
      [`/model-stories/${ids.unnamed}?depth=1&select[subject][person]=true`, ['"subject":{}']],
      ['/people?limit=100&depth=1', ['赵**', '孙红梅']],
      ['/commendations?depth=2&limit=100', [NOTICE_NUMBER, '赵**']],
    ] as const) {
      const { status, data } = await api('GET', path)
      expect(status, path).toBe(200)
      if (path.startsWith('/model-stories/')) expectStoryNamesNoOne(path, data, shown)
      else expectNothingPrivate(path, data, shown)
    }
  })

  it('REST: a query cannot find which person a warning case is about', async () => {
    for (const where of [
      `where[subject.person][equals]=${ids.warned}`,
      `where[subject.legalBasis][like]=${encodeURIComponent('纪委')}`,
    ]) {
      const { status, data } = await api('GET', `/model-stories?${where}`)
      expect(status, where).toBe(400)
      expect(data.errors[0].message).toMatch(/cannot be queried/)
    }
  })

  it('GraphQL: no person behind an unnamed warning case, no legal basis', async () => {
    const { data } = await gql(
      `{ ModelStories(limit: 100) { docs { id subject { legalBasis legalBasisRecorded person { name publicName position } } } } }`,
    )
    const docs = data.data.ModelStories.docs as { id: number; subject: Record<string, unknown> }[]
    expectNothingPrivate('GraphQL', data, ['吴**', '赵**'])
    const unnamed = docs.filter((doc) => doc.id === ids.unnamed || doc.id === ids.unnamedConsenting)
    expect(unnamed).toHaveLength(2)
    expectStoryNamesNoOne('GraphQL unnamed', unnamed, ['"legalBasisRecorded":false'])
  })

  it('editors see the person and the legal basis they recorded', async () => {
    const story = await payload.findByID({
      collection: 'model-stories',
      id: ids.named!,
      user: staff.editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(story.subject?.person).toBe(ids.warnedNamed)
    expect(story.subject?.legalBasis).toBe(LEGAL_BASIS)
  })
})

describe('recording and removing a legal basis', () => {
  it('names the person once an editor records one, and hides them again when it is cleared', async () => {
    const update = (legalBasis: string) =>
      payload.update({
        collection: 'model-stories',
        id: ids.unnamed!,
        data: { subject: { person: ids.warned, legalBasis } },
        user: staff.editor,
        overrideAccess: false,
      })
    await update('处分决定已公开')
    expect(JSON.stringify(await storyBySlug(slugs.unnamed!, 'zh'))).toContain('钱**')
    await update('   ')
    const story = await storyBySlug(slugs.unnamed!, 'zh')
    expectStoryNamesNoOne('story after clearing', story, [titles.unnamed!])
  })

  it('cannot be faked: the flag follows the text, whatever a client sends', async () => {
    const story = await payload.update({
      collection: 'model-stories',
      id: ids.unnamed!,
      data: { subject: { person: ids.warned, legalBasisRecorded: true } } as never,
      user: staff.editor,
      overrideAccess: false,
    })
    expect(story.subject?.legalBasisRecorded).toBe(false)
    expectStoryNamesNoOne('story after faking', await storyBySlug(slugs.unnamed!, 'zh'), [
      titles.unnamed!,
    ])
  })
})
