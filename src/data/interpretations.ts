// Expert interpretations: articles by invited experts explaining the policy, each tied to the
// policy documents it explains.
import 'server-only'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import {
  asPublic,
  listed,
  type Locale,
  PAGE_SIZE,
  pageOf,
  populated,
  publicPayload,
  oneBySlug,
} from './publicQuery'

export const interpretationList = async ({
  locale,
  page = 1,
}: {
  locale: Locale
  page?: number
}) => {
  const payload = await publicPayload()
  const result = await payload.find({
    collection: 'interpretations',
    ...asPublic,
    locale,
    where: listed,
    page,
    limit: PAGE_SIZE,
    sort: '-createdAt',
    depth: 0,
    select: { title: true, slug: true, mechanism: true, summary: true, createdAt: true },
  })
  return pageOf(result)
}

export const interpretationBySlug = async (slug: string, locale: Locale) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'interpretations',
    ...oneBySlug(slug),
    locale,
    depth: 1,
    populate: { policies: { title: true, slug: true, documentNumber: true, status: true } },
    select: {
      title: true,
      slug: true,
      mechanism: true,
      relatedPolicies: true,
      summary: true,
      body: true,
      reviewState: true,
      withdrawal: true,
      changeNotes: true,
      createdAt: true,
      updatedAt: true,
    },
  })
  const doc = docs[0]
  if (!doc) return null
  // A related policy that is not published stays an id: the reader cannot follow it.
  const relatedPolicies = (doc.relatedPolicies ?? []).map(populated).filter((p) => p !== null)
  return { ...doc, relatedPolicies }
}

export const tagsForInterpretationList = () => [tags.interpretations]
export const tagsForInterpretation = (slug: string) => [tags.interpretation(slug), tags.policies]

export const getInterpretationList = cachedQuery(
  'interpretation-list',
  interpretationList,
  tagsForInterpretationList,
)
export const getInterpretation = cachedQuery(
  'interpretation',
  interpretationBySlug,
  tagsForInterpretation,
)
