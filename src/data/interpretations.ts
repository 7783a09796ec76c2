// Expert interpretations: articles by invited experts explaining the policy, each signed with the
// expert's public profile and tied to the policy documents it explains.
import 'server-only'

import { cachedQuery, previewableQuery } from './cached'
import { tags } from './cacheTags'
import type { Viewer } from './preview'
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

// What a byline shows of an expert's profile. The account behind it is never read.
export const bylinePopulate = {
  experts: { name: true, slug: true, title: true, affiliation: true, credentials: true },
} as const

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
    depth: 1,
    populate: { experts: { name: true, slug: true } },
    select: {
      title: true,
      slug: true,
      mechanism: true,
      expert: true,
      summary: true,
      createdAt: true,
    },
  })
  return pageOf(result)
}

export const interpretationBySlug = async (slug: string, locale: Locale, viewer?: Viewer) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'interpretations',
    ...oneBySlug(slug, viewer),
    locale,
    depth: 1,
    populate: {
      policies: {
        title: true,
        slug: true,
        documentNumber: true,
        issuedAt: true,
        status: true,
        summary: true,
      },
      ...bylinePopulate,
    },
    select: {
      title: true,
      slug: true,
      expert: true,
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

// Bylines are read from the experts' profiles, so a profile edit reaches the articles too.
export const tagsForInterpretationList = () => [tags.interpretations, tags.experts]
export const tagsForInterpretation = (slug: string) => [
  tags.interpretation(slug),
  tags.policies,
  tags.experts,
]

export const getInterpretationList = cachedQuery(
  'interpretation-list',
  interpretationList,
  tagsForInterpretationList,
)
export const getInterpretation = previewableQuery(
  'interpretation',
  interpretationBySlug,
  tagsForInterpretation,
)
