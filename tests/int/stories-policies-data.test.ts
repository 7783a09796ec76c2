// The data behind the model-stories and policy pages, as a reader meets it: the mechanism filter
// offers only what listed stories are filed under, a consenting subject is linked and a private one
// is not, and a policy's PDF comes with what its download link says about it.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { policyBySlug } from '@/data/policies'
import { storyBySlug, storyFacets, storyList } from '@/data/stories'

import { namedDocuments } from '../helpers/namedDocuments'
import { closePayload, testPayload } from '../helpers/payload'
import { pdfFile } from '../helpers/samples'
import { createStaff } from '../helpers/staff'

let payload: Payload
const { ids, slugs, refs, create } = namedDocuments(() => payload)

beforeAll(async () => {
  payload = await testPayload()
  const staff = await createStaff(payload)
  refs.expert = staff.expert.id
  await create('units', 'town', { name: '青山镇' })
  refs.unit = ids.town as number
  await create('people', 'consenting', { name: '孙红梅', position: '镇长', consent: true })
  await create('people', 'private', { name: '赵大勇', position: '副局长', consent: false })

  await create('model-stories', 'model', {
    polarity: 'positive',
    mechanism: 'incentive',
    subject: { person: ids.consenting },
    lessons: [{ lesson: '实绩是最好的说明。' }],
  })
  // A warning case names its person only with a legal basis recorded (privacy-surfaces.test.ts).
  await create('model-stories', 'warning', {
    polarity: 'negative',
    mechanism: 'promotion-demotion',
    subject: { person: ids.private, legalBasis: '处分决定已依法公开。' },
  })
  // Fault tolerance is filed only under a draft and a withdrawn story: nothing a reader can list.
  await create('model-stories', 'draft', { mechanism: 'fault-tolerance' }, 'draft')
  await create('model-stories', 'withdrawn', { mechanism: 'fault-tolerance' })
  await payload.update({
    collection: 'model-stories',
    id: ids.withdrawn as number,
    data: { reviewState: 'withdrawn', withdrawal: { reason: '事实有误。' } } as never,
    overrideAccess: true,
  })

  const document = await payload.create({
    collection: 'documents',
    data: { title: '办法原件' },
    file: pdfFile('measures.pdf'),
    overrideAccess: true,
  })
  await create('policies', 'policy', { attachment: document.id })
}, 300_000)
afterAll(closePayload)

describe('a reader filtering model stories', () => {
  it('is offered only the mechanisms of listed stories, in the policy’s order', async () => {
    expect(await storyFacets()).toEqual({ mechanisms: ['incentive', 'promotion-demotion'] })
    const list = await storyList({ locale: 'en' })
    expect(list.facets.mechanisms).toEqual(['incentive', 'promotion-demotion'])
  })

  it('combines the polarity switch with the mechanism filter', async () => {
    const warnings = await storyList({ locale: 'zh', polarity: 'negative', mechanism: 'incentive' })
    expect(warnings.totalDocs).toBe(0)
    const models = await storyList({ locale: 'zh', polarity: 'positive', mechanism: 'incentive' })
    expect(models.docs.map((story) => story.slug)).toEqual([slugs.model])
    expect(models.docs[0]).not.toHaveProperty('body')
  })
})

describe('a reader opening a model story', () => {
  it('can follow a consenting subject to their page and reads the lessons', async () => {
    const story = await storyBySlug(slugs.model as string, 'zh')
    expect(story?.subject?.person).toMatchObject({
      publicName: '孙红梅',
      consent: true,
      slug: expect.any(String),
    })
    expect(story?.lessons?.map((row) => row.lesson)).toEqual(['实绩是最好的说明。'])
  })

  it('meets a subject without consent by masked name and position only', async () => {
    const story = await storyBySlug(slugs.warning as string, 'zh')
    expect(story?.subject?.person).toMatchObject({ publicName: '赵**', position: '副局长' })
    expect(story?.subject?.person).not.toHaveProperty('slug')
    expect(JSON.stringify(story)).not.toContain('赵大勇')
  })
})

describe('a reader opening a policy', () => {
  it('gets the PDF’s address, name, size and checksum for the download link', async () => {
    const policy = await policyBySlug(slugs.policy as string, 'zh')
    expect(policy?.attachment).toMatchObject({
      url: expect.stringMatching(/measures\.pdf$/),
      filename: 'measures.pdf',
      filesize: expect.any(Number),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
    expect(policy?.interpretations).toEqual([])
  })
})
