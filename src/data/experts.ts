// Experts as the public meets them: the invited experts, scholars and officials who write the
// column's interpretations, each with a public profile and the articles published under it.
import 'server-only'

import { cachedQuery, previewableQuery } from './cached'
import { tags } from './cacheTags'
import type { Viewer } from './preview'
import { asPublic, listed, type Locale, oneBySlug, publicPayload } from './publicQuery'

const profileFields = {
  name: true,
  slug: true,
  title: true,
  affiliation: true,
  credentials: true,
} as const

/** Every published profile, by name. Experts are few: a handful per policy, not thousands. */
export const expertIndex = async (locale: Locale) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'experts',
    ...asPublic,
    locale,
    pagination: false,
    sort: 'name',
    depth: 0,
    select: profileFields,
  })
  return docs
}

const articlesBy = async (expertId: number | string, locale: Locale) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'interpretations',
    ...asPublic,
    locale,
    where: { and: [listed, { expert: { equals: expertId } }] },
    pagination: false,
    sort: '-createdAt',
    depth: 0,
    select: { title: true, slug: true, summary: true, createdAt: true },
  })
  return docs
}

/** A profile with its photo and the listed interpretations signed with it, newest first. */
export const expertBySlug = async (slug: string, locale: Locale, viewer?: Viewer) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'experts',
    ...oneBySlug(slug, viewer),
    locale,
    depth: 1,
    // Payload makes an upload's url from its filename, so the filename is read too.
    populate: { media: { url: true, filename: true, alt: true, width: true, height: true } },
    select: { ...profileFields, bio: true, photo: true, updatedAt: true },
  })
  const expert = docs[0]
  if (!expert) return null
  return { ...expert, interpretations: await articlesBy(expert.id, locale) }
}

export const tagsForExpertIndex = () => [tags.experts]
export const tagsForExpert = (slug: string) => [tags.expert(slug), tags.interpretations]

export const getExpertIndex = cachedQuery('expert-index', expertIndex, tagsForExpertIndex)
export const getExpert = previewableQuery('expert', expertBySlug, tagsForExpert)
