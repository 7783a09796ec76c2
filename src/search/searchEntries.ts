// What the search index holds for a document: for each reading language, the title and the text
// an anonymous reader sees on its page, read through the public's own access rules. A draft, an
// unpublished or withdrawn document, a person who did not consent to be named, and any field the
// public may not read simply do not come back from that read, so they cannot be indexed.
import type { PayloadRequest } from 'payload'

import type { Mechanism } from '@/fields/mechanism'
import { locales, type Locale } from '@/i18n/locales'
import { categoryLabels, kindLabels } from '@/lib/assessmentCategories'
import { timeZone } from '@/lib/timeZone'
import { polarityChoiceWords, storyWords } from '@/components/stories/storyWords'

import type { IndexedCollection } from './indexed'
import { plainText } from './plainText'
import { asAnonymousReader } from './publicView'
import { indexTerms, tokensOf } from './terms'

export type SearchEntry = {
  type: IndexedCollection
  docId: string
  language: Locale
  slug: string | null
  title: string
  text: string
  terms: string
  /** Each distinct term once: MongoDB's multikey index over them (src/search/mongoMatching.ts). */
  tokens: string[]
  year: number | null
  mechanism: Mechanism | null
  date: string
}

type Shown = Omit<SearchEntry, 'type' | 'docId' | 'language' | 'terms' | 'tokens'>
// A document as the public reads it: its fields are whatever the collection holds.
type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Populated relationships the public may read; anything else stays an id and names nobody. */
const named = (value: unknown, field: string): string =>
  value && typeof value === 'object' ? String((value as Doc)[field] ?? '') : ''

const yearIn = (date: unknown) =>
  typeof date === 'string' && date
    ? Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(new Date(date)))
    : null

const lines = (...parts: unknown[]) =>
  parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('\n')

/** A story's kind as its page and list name it (先进典型 / 警示案例), so a reader finds stories by it. */
const storyKind = (polarity: unknown, locale: Locale) => {
  if (polarity !== 'positive' && polarity !== 'negative') return ''
  const one = storyWords[locale][polarity]
  const many = polarityChoiceWords[locale][polarity]
  return one === many ? one : `${one} · ${many}`
}

const shownAs: Record<IndexedCollection, (doc: Doc, locale: Locale) => Shown | null> = {
  commendations: (doc) => ({
    slug: doc.slug,
    title: doc.title,
    text: lines(
      doc.noticeNumber,
      doc.issuingBody,
      doc.summary,
      ...(doc.awardees ?? []).map(
        (awardee: Doc) =>
          [named(awardee.unit, 'name') || named(awardee.person, 'publicName'), awardee.honorTitle]
            .filter(Boolean)
            .join(' · ') + (awardee.citation ? `：${awardee.citation}` : ''),
      ),
      plainText(doc.body),
    ),
    year: doc.assessmentYear ?? null,
    mechanism: doc.mechanism ?? null,
    date: doc.issuedAt,
  }),
  'model-stories': (doc, locale) => ({
    slug: doc.slug,
    title: doc.title,
    text: lines(
      storyKind(doc.polarity, locale),
      named(doc.subject?.unit, 'name'),
      // A warning case names no person in the index.
      doc.polarity === 'positive' ? named(doc.subject?.person, 'publicName') : '',
      doc.summary,
      ...(doc.lessons ?? []).map((lesson: Doc) => lesson.lesson),
      plainText(doc.body),
    ),
    year: yearIn(doc.createdAt),
    mechanism: doc.mechanism ?? null,
    date: doc.createdAt,
  }),
  interpretations: (doc) => ({
    slug: doc.slug,
    title: doc.title,
    text: lines(named(doc.expert, 'name'), doc.summary, plainText(doc.body)),
    year: yearIn(doc.createdAt),
    mechanism: doc.mechanism ?? null,
    date: doc.createdAt,
  }),
  policies: (doc) => ({
    slug: doc.slug,
    title: doc.title,
    text: lines(doc.documentNumber, doc.issuingBody, doc.summary, plainText(doc.body)),
    year: yearIn(doc.issuedAt),
    mechanism: null,
    date: doc.issuedAt,
  }),
  units: (doc, locale) => ({
    slug: doc.slug,
    title: doc.name,
    text: lines(
      kindLabels[doc.kind as keyof typeof kindLabels]?.[locale],
      categoryLabels[doc.assessmentCategory as keyof typeof categoryLabels]?.[locale],
    ),
    year: null,
    mechanism: null,
    date: doc.createdAt,
  }),
  // Only people who consented have a page of their own; the others are found through the
  // notices that name them (by their masked name).
  people: (doc) =>
    doc.consent === true && doc.slug
      ? {
          slug: doc.slug,
          title: doc.publicName,
          text: lines(doc.position, named(doc.unit, 'name'), doc.bio),
          year: null,
          mechanism: null,
          date: doc.createdAt,
        }
      : null,
}

const populate = {
  units: { name: true },
  people: { publicName: true },
  experts: { name: true },
  // Read but never indexed: kept small.
  policies: { title: true },
  documents: { filename: true },
  media: { filename: true },
} as const

/** The documents of one collection among `ids` that the public can read, in one language. */
const readAsPublic = async (
  req: PayloadRequest,
  collection: IndexedCollection,
  ids: (number | string)[],
  locale: Locale,
) => {
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    locale,
    depth: 1,
    populate,
    draft: false,
    pagination: false,
    overrideAccess: false,
    req: asAnonymousReader(req),
  })
  return docs as Doc[]
}

/** The index entries of these documents (none for a document the public cannot read). */
export const searchEntries = async (
  req: PayloadRequest,
  collection: IndexedCollection,
  ids: (number | string)[],
): Promise<SearchEntry[]> => {
  const entries: SearchEntry[] = []
  for (const language of locales) {
    for (const doc of await readAsPublic(req, collection, ids, language)) {
      if (doc.reviewState === 'withdrawn') continue
      const shown = shownAs[collection](doc, language)
      if (!shown?.title) continue
      const terms = indexTerms(`${shown.title}\n${shown.text}`)
      entries.push({
        ...shown,
        type: collection,
        docId: String(doc.id),
        language,
        terms,
        tokens: tokensOf(terms),
      })
    }
  }
  return entries
}
