// What search engines are told the site has: the home page, each section's list, every listed
// document, consenting people, experts and the honor roll of each year, with the time each last
// changed.
// Only slugs and dates are read, a chunk at a time, so tens of thousands of documents stay a few
// small cached queries.
import 'server-only'

import type { Where } from 'payload'

import { documentPath, honorRollPath } from '@/lib/publicPaths'
import {
  type PublicCollection,
  publicCollections,
  type PublicSection,
  sectionOf,
} from '@/lib/publicSections'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { asPublic, listed, publicPayload } from './publicQuery'

export type SitemapCollection = PublicCollection

/** Small enough that one chunk stays well under the 2 MB a cached query result may hold. */
const CHUNK_SIZE = 5000

// Withdrawn items keep their page but are not offered to search engines; people appear only
// with consent (their slug is unreadable otherwise, and `consent` must be selected to read it).
const shownWhere: Record<PublicSection['sitemap']['shows'], Where | undefined> = {
  listed,
  consenting: { consent: { equals: true } },
  all: undefined,
}

export type SitemapRow = { slug: string; updatedAt: string; assessmentYear?: number }
type Chunk = { rows: SitemapRow[]; totalPages: number }
type ChunkReader = (collection: SitemapCollection, page: number) => Promise<Chunk>

/** One chunk of a collection's public documents, oldest first so chunks never shift. */
export const sitemapChunk = async (collection: SitemapCollection, page: number): Promise<Chunk> => {
  const payload = await publicPayload()
  const result = await payload.find({
    collection,
    ...asPublic,
    where: shownWhere[sectionOf(collection).sitemap.shows],
    page,
    limit: CHUNK_SIZE,
    sort: 'id',
    depth: 0,
    select: {
      slug: true,
      updatedAt: true,
      ...(collection === 'people' ? { consent: true } : {}),
      ...(collection === 'commendations' ? { assessmentYear: true } : {}),
    },
  })
  const rows = result.docs.flatMap((doc) => {
    const { slug, updatedAt, assessmentYear } = doc as Partial<SitemapRow> & {
      slug?: string | null
    }
    return slug && updatedAt ? [{ slug, updatedAt, assessmentYear }] : []
  })
  return { rows, totalPages: result.totalPages }
}

const allRows = async (collection: SitemapCollection, readChunk: ChunkReader) => {
  const first = await readChunk(collection, 1)
  const rest = await Promise.all(
    Array.from({ length: Math.max(first.totalPages - 1, 0) }, (_, index) =>
      readChunk(collection, index + 2),
    ),
  )
  return [first, ...rest].flatMap((chunk) => chunk.rows)
}

export type SitemapEntry = { path: string; lastModified?: string }

/** ISO 8601 times in UTC sort as text; an empty list has no time. */
const newest = (rows: SitemapRow[]) =>
  rows.reduce<string | undefined>(
    (latest, row) => (!latest || row.updatedAt > latest ? row.updatedAt : latest),
    undefined,
  )

const honorRollEntries = (notices: SitemapRow[]): SitemapEntry[] => {
  const byYear = new Map<number, SitemapRow[]>()
  for (const notice of notices) {
    if (notice.assessmentYear === undefined) continue
    const ofYear = byYear.get(notice.assessmentYear) ?? []
    ofYear.push(notice)
    byYear.set(notice.assessmentYear, ofYear)
  }
  return [
    { path: honorRollPath(), lastModified: newest(notices) },
    ...[...byYear]
      .sort(([a], [b]) => b - a)
      .map(([year, rows]) => ({ path: honorRollPath(year), lastModified: newest(rows) })),
  ]
}

/** Every public page once, by its path without a language prefix. */
export const sitemapEntries = async (
  readChunk: ChunkReader = sitemapChunk,
): Promise<SitemapEntry[]> => {
  const rows = new Map(
    await Promise.all(
      publicCollections.map(async (collection) => {
        const found = await allRows(collection, readChunk)
        return [collection, found] as const
      }),
    ),
  )
  const of = (collection: SitemapCollection) => rows.get(collection) ?? []
  const column = (
    ['commendations', 'model-stories', 'interpretations', 'policies'] as const
  ).flatMap(of)
  const listedSections = publicCollections.filter(
    (collection) => sectionOf(collection).sitemap.listPage,
  )
  return [
    { path: '/', lastModified: newest(column) },
    ...listedSections.map((collection) => ({
      path: sectionOf(collection).path,
      lastModified: newest(of(collection)),
    })),
    ...honorRollEntries(of('commendations')),
    ...publicCollections.flatMap((collection) =>
      of(collection).map((row) => ({
        path: documentPath(collection, row.slug),
        lastModified: row.updatedAt,
      })),
    ),
  ]
}

// Every save of a public document expires `sitemap` (src/hooks/revalidatePublicPages.ts); the
// section's own tag is there for saves that expire a section without naming the sitemap.
export const tagsForSitemapChunk = (collection: SitemapCollection) => [
  tags.sitemap,
  sectionOf(collection).listTag,
]

export const getSitemapChunk = cachedQuery('sitemap-chunk', sitemapChunk, tagsForSitemapChunk)

export const getSitemapEntries = () => sitemapEntries(getSitemapChunk)
