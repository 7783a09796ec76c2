// Policy documents: the measures themselves and their implementing rules, each with its original
// PDF and the expert interpretations that explain it.
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
  publicPayload,
  oneBySlug,
} from './publicQuery'

export const policyList = async ({ locale, page = 1 }: { locale: Locale; page?: number }) => {
  const payload = await publicPayload()
  const result = await payload.find({
    collection: 'policies',
    ...asPublic,
    locale,
    where: listed,
    page,
    limit: PAGE_SIZE,
    sort: '-issuedAt',
    depth: 0,
    select: {
      title: true,
      slug: true,
      documentNumber: true,
      issuingBody: true,
      issuedAt: true,
      status: true,
      summary: true,
    },
  })
  return pageOf(result)
}

const interpretationsCiting = async (policyId: number | string, locale: Locale) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'interpretations',
    ...asPublic,
    locale,
    where: { and: [listed, { relatedPolicies: { in: [policyId] } }] },
    pagination: false,
    sort: '-createdAt',
    depth: 0,
    select: { title: true, slug: true, summary: true, createdAt: true },
  })
  return docs
}

export const policyBySlug = async (slug: string, locale: Locale, viewer?: Viewer) => {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'policies',
    ...oneBySlug(slug, viewer),
    locale,
    depth: 1,
    populate: { documents: { url: true, filename: true, filesize: true, sha256: true } },
    select: {
      title: true,
      slug: true,
      documentNumber: true,
      issuingBody: true,
      issuedAt: true,
      effectiveFrom: true,
      status: true,
      summary: true,
      body: true,
      attachment: true,
      reviewState: true,
      withdrawal: true,
      changeNotes: true,
      updatedAt: true,
    },
  })
  const doc = docs[0]
  if (!doc) return null
  return { ...doc, interpretations: await interpretationsCiting(doc.id, locale) }
}

export const tagsForPolicyList = () => [tags.policies]
export const tagsForPolicy = (slug: string) => [tags.policy(slug), tags.interpretations]

export const getPolicyList = cachedQuery('policy-list', policyList, tagsForPolicyList)
export const getPolicy = previewableQuery('policy', policyBySlug, tagsForPolicy)
