// What every public query shares: Payload's Local API as an anonymous reader, the two reading
// languages, and the rule that a withdrawn item keeps its own page but leaves every list.
import 'server-only'

import config from '@payload-config'
import { getPayload, type Where } from 'payload'

import type { Viewer } from './preview'

export type { Locale } from '@/i18n/locales'

export const PAGE_SIZE = 20

/** No user and no access override: the public sees what the access rules let anyone see. */
export const asPublic = { overrideAccess: false } as const

export const publicPayload = () => getPayload({ config })

export const listed: Where = { reviewState: { not_equals: 'withdrawn' } }

/** The options of a lookup of one item by its permalink, as the public. */
export const oneBySlug = (slug: string, viewer: Viewer = asPublic) =>
  ({ ...viewer, where: { slug: { equals: slug } }, limit: 1, pagination: false }) as const

/** Joins conditions, skipping the ones a caller left out. */
export const allOf = (...conditions: (Where | false | undefined)[]): Where => ({
  and: conditions.filter((condition): condition is Where => Boolean(condition)),
})

export type Page<T> = { docs: T[]; page: number; totalPages: number; totalDocs: number }

export const pageOf = <T>(result: {
  docs: T[]
  page?: number
  totalPages: number
  totalDocs: number
}): Page<T> => ({
  docs: result.docs,
  page: result.page ?? 1,
  totalPages: result.totalPages,
  totalDocs: result.totalDocs,
})

/** A relationship the reader may see arrives populated; one they may not stays a bare id. */
export const populated = <T extends object>(value: T | number | string | null | undefined) =>
  value && typeof value === 'object' ? value : null
