// Keeps the search index in step with what the public can read, inside the save's own transaction:
// a publish, edit, unpublish, withdrawal or deletion changes the index before the save returns,
// and a save that fails leaves the index as it was. A unit, person or expert profile also appears
// in the entries of the documents that name them, which are rebuilt when their public name changes.
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import { type IndexedCollection, isIndexedCollection } from './indexed'
import { asSystem } from './publicView'
import { searchEntries } from './searchEntries'

type Id = number | string
type Named = 'units' | 'people' | 'experts'
type Doc = Record<string, unknown> & { id: Id }

/** Where each named thing is named, and the fields whose change its namers must see. */
const namedIn: Record<Named, { fields: string[]; by: [IndexedCollection, string][] }> = {
  units: {
    fields: ['name', '_status'],
    by: [
      ['commendations', 'awardees.unit'],
      ['model-stories', 'subject.unit'],
      ['people', 'unit'],
    ],
  },
  people: {
    fields: ['publicName', '_status'],
    by: [
      ['commendations', 'awardees.person'],
      ['model-stories', 'subject.person'],
    ],
  },
  experts: { fields: ['name', '_status'], by: [['interpretations', 'expert']] },
}

const isNamed = (collection: string): collection is Named => collection in namedIn

type Entry = Awaited<ReturnType<typeof searchEntries>>[number]

/** Payload's operations: what every database but SQLite uses. */
const replaceThroughPayload = async (req: PayloadRequest, where: Where, entries: Entry[]) => {
  const system = asSystem(req)
  // system: the index refuses writes through every API; it follows every save
  await req.payload.delete({
    collection: 'search',
    where,
    overrideAccess: true,
    depth: 0,
    req: system,
  })
  for (const entry of entries) {
    // system: the index refuses writes through every API; it follows every save
    await req.payload.create({
      collection: 'search',
      data: entry,
      overrideAccess: true,
      depth: 0,
      req: system,
    })
  }
}

/**
 * SQLite: straight through the database adapter, in the save's transaction (the search_fts
 * triggers follow every row). Payload's delete and create (a find first, then per entry the field
 * hooks, the insert and a read back) took a fifth of a save, and while a save runs the one writer
 * and libsql's synchronous calls hold up every reader (bench/readers-while-editors.mjs).
 */
const replaceDirectly = async (req: PayloadRequest, where: Where, entries: Entry[]) => {
  // system: the index follows every save
  await req.payload.db.deleteMany({ collection: 'search', where, req })
  for (const entry of entries) {
    // system: the index follows every save
    await req.payload.db.create({ collection: 'search', data: entry, req, returning: false })
  }
}

/** Rebuilds the entries of these documents of one collection (removing those no longer public). */
export const reindexDocuments = async (
  req: PayloadRequest,
  collection: IndexedCollection,
  ids: Id[],
) => {
  if (ids.length === 0) return
  const entries = await searchEntries(req, collection, ids)
  const where: Where = {
    and: [{ type: { equals: collection } }, { docId: { in: ids.map(String) } }],
  }
  const replace = req.payload.db.name === 'sqlite' ? replaceDirectly : replaceThroughPayload
  await replace(req, where, entries)
}

const reindexNamers = async (req: PayloadRequest, named: Named, id: Id) => {
  for (const [collection, field] of namedIn[named].by) {
    // system: finds the documents that name this one, to reindex what they show
    const { docs } = await req.payload.find({
      collection,
      where: { [field]: { equals: id } },
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req: asSystem(req),
    })
    await reindexDocuments(
      req,
      collection,
      docs.map((doc) => doc.id),
    )
  }
}

const changedFor = (named: Named, doc: Doc, previousDoc: Doc | undefined) =>
  !previousDoc || namedIn[named].fields.some((field) => doc[field] !== previousDoc[field])

export const indexOnChange =
  (collection: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (req.context.skipSearchIndex) return doc
    if (isIndexedCollection(collection)) await reindexDocuments(req, collection, [doc.id])
    if (isNamed(collection) && changedFor(collection, doc, previousDoc)) {
      await reindexNamers(req, collection, doc.id)
    }
    return doc
  }

export const indexOnDelete =
  (collection: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (req.context.skipSearchIndex) return doc
    if (isIndexedCollection(collection)) await reindexDocuments(req, collection, [doc.id])
    if (isNamed(collection)) await reindexNamers(req, collection, doc.id)
    return doc
  }
