// Model stories: advanced models to learn from and warning cases, listed by polarity and
// mechanism, and one story with its subject and the lessons drawn.
import 'server-only'

import { mechanisms, type Mechanism } from '@/fields/mechanism'

import { cachedQuery, previewableQuery } from './cached'
import { tags } from './cacheTags'
import type { Viewer } from './preview'
import { awardeePopulate } from './commendation'
import { mediaPopulate } from './mediaPopulate'
import {
  allOf,
  asPublic,
  listed,
  type Locale,
  PAGE_SIZE,
  pageOf,
  publicPayload,
  oneBySlug,
} from './publicQuery'

export type Polarity = 'positive' | 'negative'

export const storyList = async ({
  locale,
  page = 1,
  polarity,
  mechanism,
}: {
  locale: Locale
  page?: number
  polarity?: Polarity
  mechanism?: Mechanism
}) => {
  const payload = await publicPayload()
  const query = payload.find({
    collection: 'model-stories',
    ...asPublic,
    locale,
    where: allOf(
      listed,
      polarity && { polarity: { equals: polarity } },
      mechanism && { mechanism: { equals: mechanism } },
    ),
    page,
    limit: PAGE_SIZE,
    sort: '-createdAt',
    // Each story's picture, drawn small beside it.
    depth: 1,
    populate: { media: mediaPopulate },
    select: {
      title: true,
      slug: true,
      polarity: true,
      mechanism: true,
      summary: true,
      createdAt: true,
      image: true,
    },
  })
  const [result, facets] = await Promise.all([query, storyFacets()])
  return { ...pageOf(result), facets }
}

/** The mechanisms that listed stories are filed under, in the policy's own order. */
export const storyFacets = async () => {
  const payload = await publicPayload()
  const { values } = await payload.findDistinct({
    collection: 'model-stories',
    ...asPublic,
    field: 'mechanism',
    where: listed,
  })
  const found = new Set(values.map((row) => row.mechanism))
  return { mechanisms: mechanisms.filter((mechanism) => found.has(mechanism)) }
}

export const storyBySlug = async (slug: string, locale: Locale, viewer?: Viewer) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'model-stories',
    ...oneBySlug(slug, viewer),
    locale,
    depth: 1,
    populate: awardeePopulate,
    select: {
      title: true,
      slug: true,
      polarity: true,
      mechanism: true,
      subject: true,
      image: true,
      summary: true,
      body: true,
      lessons: true,
      reviewState: true,
      withdrawal: true,
      changeNotes: true,
      createdAt: true,
      updatedAt: true,
    },
  })
  return docs[0] ?? null
}

export const tagsForStoryList = () => [tags.stories]
export const tagsForStory = (slug: string) => [tags.story(slug), tags.units, tags.people]

export const getStoryList = cachedQuery('story-list', storyList, tagsForStoryList)
export const getStory = previewableQuery('story', storyBySlug, tagsForStory)
