// Every role against every collection (and global) in the Payload config and every operation,
// asserted both ways: what a role may do happens, and what it may not do is refused with 403 and
// leaves the data as it was. A collection or global the matrix does not classify fails the run.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { closePayload, testPayload } from '../helpers/payload'
import {
  type ContentSlug,
  createAsSystem,
  pdfFile,
  pngFile,
  type Refs,
  sampleData,
} from '../helpers/samples'
import { createStaff, type Staff } from '../helpers/staff'

type Role = 'public' | 'expert' | 'editor' | 'admin'
type Op = 'create' | 'read' | 'update' | 'delete' | 'publish'
type Grid = Record<Role, Partial<Record<Op, boolean>>>
type Upload = { data: Buffer; mimetype: string; name: string; size: number }

const none = { create: false, read: false, update: false, delete: false, publish: false }
const all = { create: true, read: true, update: true, delete: true, publish: true }

// "read" means reading an unpublished draft; everyone reads published documents (tested below).
const editorial: Grid = { public: none, expert: none, editor: all, admin: all }
type Versioned = ContentSlug | 'experts'
const grids: Record<Versioned, Grid> = {
  experts: editorial,
  units: editorial,
  people: editorial,
  commendations: editorial,
  'model-stories': editorial,
  policies: editorial,
  // The expert acts on their own interpretation here; others' work is tested separately.
  interpretations: {
    ...editorial,
    expert: { create: true, read: true, update: true, delete: false, publish: false },
  },
}
let payload: Payload
let staff: Staff
let refs: Refs
let unitName: string
let noticeId: number
let made = 0
const unique = () => (made += 1)

const actor = (role: Role): User | undefined => (role === 'public' ? undefined : staff[role])
const asRole = (role: Role) => ({ user: actor(role), overrideAccess: false })
/** A 403 (Payload's Forbidden, or the workflow's refusal) answers `value`; anything else rethrows. */
const refusedAs =
  <T>(value: T) =>
  (error: unknown): T => {
    if ((error as { status?: number }).status === 403) return value
    throw error
  }
/**
 * Whether an action was done (true) or refused (false). Any failure other than a refusal (a 400 for
 * bad data, a 404, a crash) is rethrown, so a cell that should be refused fails when the action
 * breaks for another reason.
 */
const attempt = (action: () => Promise<unknown>): Promise<boolean> =>
  action().then(() => true, refusedAs(false))
/** Whether a role reads a document: hidden (404) and forbidden (403) both mean it does not. */
const reads = async (read: () => Promise<unknown>): Promise<boolean> => {
  try {
    return Boolean(await read())
  } catch (error) {
    if ([403, 404].includes((error as { status?: number }).status ?? 0)) return false
    throw error
  }
}
const cells = (grid: Grid) =>
  (Object.entries(grid) as [Role, Partial<Record<Op, boolean>>][]).flatMap(([role, ops]) =>
    (Object.entries(ops) as [Op, boolean][]).map(([op, allowed]) => ({ role, op, allowed })),
  )
const verb = (allowed: boolean) => (allowed ? 'may' : 'may not')

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  const unit = await createAsSystem(payload, 'units', { unit: 0, expert: staff.expert.id })
  refs = { unit: unit.id as number, expert: staff.expert.id }
  unitName = String((unit as { name?: string }).name)
  noticeId = (await createAsSystem(payload, 'commendations', refs)).id as number
})

const contentData = (collection: Versioned) =>
  collection === 'experts' ? { name: `测试专家${unique()}` } : sampleData(collection, refs)
const createContent = (collection: Versioned, status: 'draft' | 'published') =>
  payload.create({
    collection,
    data: { ...contentData(collection), _status: status } as never,
    draft: status === 'draft',
    overrideAccess: true,
  })
afterAll(closePayload)

const stored = (collection: Versioned, id: number | string) =>
  payload.findByID({ collection, id, draft: true, overrideAccess: true, disableErrors: true })
const storedInterpretation = (id: number | string) =>
  payload.findByID({ collection: 'interpretations', id, draft: true, overrideAccess: true })

const contentOperation = async (collection: Versioned, role: Role, op: Op): Promise<boolean> => {
  const options = asRole(role)
  if (op === 'create') {
    const before = (await payload.count({ collection, overrideAccess: true })).totalDocs
    const done = await attempt(() =>
      payload.create({
        collection,
        data: contentData(collection) as never,
        draft: true,
        ...options,
      }),
    )
    const after = (await payload.count({ collection, overrideAccess: true })).totalDocs
    expect(after - before).toBe(done ? 1 : 0)
    return done
  }
  const draft = await createContent(collection, 'draft')
  if (op === 'read') {
    const found = await payload.findByID({
      collection,
      id: draft.id,
      draft: true,
      disableErrors: true,
      ...options,
    })
    const listed = await payload.find({
      collection,
      draft: true,
      where: { id: { equals: draft.id } },
      ...options,
    })
    expect(listed.totalDocs).toBe(found ? 1 : 0)
    return Boolean(found)
  }
  if (op === 'update') {
    const done = await attempt(() =>
      payload.update({
        collection,
        id: draft.id,
        data: { slug: `changed-${draft.id}` } as never,
        draft: true,
        ...options,
      }),
    )
    expect((await stored(collection, draft.id))?.slug === `changed-${draft.id}`).toBe(done)
    return done
  }
  if (op === 'delete') {
    const done = await attempt(() => payload.delete({ collection, id: draft.id, ...options }))
    expect(Boolean(await stored(collection, draft.id))).toBe(!done)
    return done
  }
  const done = await attempt(() =>
    payload.update({
      collection,
      id: draft.id,
      data: { _status: 'published' } as never,
      ...options,
    }),
  )
  const published = await payload.findByID({ collection, id: draft.id, overrideAccess: true })
  expect(published._status === 'published').toBe(done)
  return done
}

describe.each(Object.keys(grids) as Versioned[])('%s', (collection) => {
  it.each(cells(grids[collection]))(
    `$role $op: allowed=$allowed`,
    async ({ role, op, allowed }) => {
      expect(
        await contentOperation(collection, role, op),
        `${role} ${verb(allowed)} ${op} ${collection}`,
      ).toBe(allowed)
    },
  )

  it.each(['public', 'expert'] as const)('%s reads published documents', async (role) => {
    const doc = await createContent(collection, 'published')
    const found = await payload.findByID({ collection, id: doc.id, ...asRole(role) })
    expect(found.id).toBe(doc.id)
  })
})

describe('interpretations of another expert', () => {
  it('are neither readable nor changeable by an expert while unpublished', async () => {
    const theirs = await createAsSystem(
      payload,
      'interpretations',
      { ...refs, expert: staff.otherExpert.id },
      'draft',
    )
    const options = asRole('expert')
    expect(
      await payload.findByID({
        collection: 'interpretations',
        id: theirs.id,
        draft: true,
        disableErrors: true,
        ...options,
      }),
    ).toBeNull()
    const listed = await payload.find({ collection: 'interpretations', draft: true, ...options })
    expect(listed.docs.map((doc) => doc.id)).not.toContain(theirs.id)
    const changed = await attempt(() =>
      payload.update({
        collection: 'interpretations',
        id: theirs.id,
        data: { title: 'hijacked' },
        draft: true,
        ...options,
      }),
    )
    expect(changed).toBe(false)
    expect((await storedInterpretation(theirs.id)).title).not.toBe('hijacked')
  })

  it('an expert cannot write under another name', async () => {
    const created = await payload.create({
      collection: 'interpretations',
      data: { ...sampleData('interpretations', refs), author: staff.otherExpert.id } as never,
      draft: true,
      ...asRole('expert'),
    })
    const author = created.author as { id: number } | number
    expect(typeof author === 'object' ? author.id : author).toBe(staff.expert.id)
  })

  it('an expert cannot change their own piece once it is published', async () => {
    const published = await createAsSystem(payload, 'interpretations', refs, 'published')
    const changed = await attempt(() =>
      payload.update({
        collection: 'interpretations',
        id: published.id,
        data: { title: 'rewritten' },
        ...asRole('expert'),
      }),
    )
    expect(changed).toBe(false)
    expect((await storedInterpretation(published.id)).title).not.toBe('rewritten')
  })
})

/**
 * A collection without drafts: a valid new document (and file, for uploads), and a change to it.
 * Documents for read, update and delete cells are created by the system on an administrator's
 * request, so hooks that name the person acting have one.
 */
type Plain = {
  grid: Grid
  data: () => Record<string, unknown>
  file?: () => Upload | Promise<Upload>
  change: (id: number | string) => Record<string, unknown>
}
// An expert lists only their own images (the admin's upload drawer); `read` here is of a file
// someone else uploaded. The files themselves stay public (tests/int/editorial-desk.test.ts).
const uploadGrid = (expertCreates: boolean, expertReadsOthers: boolean): Grid => ({
  public: { create: false, read: true, update: false, delete: false },
  expert: { create: expertCreates, read: expertReadsOthers, update: false, delete: false },
  editor: { create: true, read: true, update: true, delete: true },
  admin: { create: true, read: true, update: true, delete: true },
})
/** What only the system writes, such as the audit log and the search index. */
const systemWritten = (read: Record<Role, boolean>): Grid => ({
  public: { create: false, read: read.public, update: false, delete: false },
  expert: { create: false, read: read.expert, update: false, delete: false },
  editor: { create: false, read: read.editor, update: false, delete: false },
  admin: { create: false, read: read.admin, update: false, delete: false },
})
// The public sends nominations and objections through the site's forms, which call the Local API
// without a user (REST and GraphQL stay shut to them: tests/int/participation.test.ts).
const publicSubmission: Grid = {
  public: { create: true, read: false, update: false, delete: false },
  expert: { create: false, read: false, update: false, delete: false },
  editor: { create: true, read: true, update: true, delete: true },
  admin: { create: true, read: true, update: true, delete: true },
}
const csv = (text: string): Upload => {
  const data = Buffer.from(text, 'utf8')
  return { data, mimetype: 'text/csv', name: 'results.csv', size: data.length }
}
const plain: Record<string, Plain> = {
  media: {
    grid: uploadGrid(true, false),
    data: () => ({ alt: '测试图片' }),
    file: () => pngFile(),
    change: () => ({ alt: 'changed' }),
  },
  documents: {
    grid: uploadGrid(false, true),
    data: () => ({ title: '测试附件' }),
    file: () => pdfFile(),
    change: () => ({ title: 'changed' }),
  },
  'assessment-intakes': {
    // An intake is a record of what a file did: never changed, removed only by an administrator.
    grid: {
      public: { create: false, read: false, update: false, delete: false },
      expert: { create: false, read: false, update: false, delete: false },
      editor: { create: true, read: true, update: false, delete: false },
      admin: { create: true, read: true, update: false, delete: true },
    },
    data: () => ({ assessmentYear: 2025 }),
    file: () => csv(`单位,年度,等次,荣誉称号,事迹简介\n${unitName},2025,合格,,\n`),
    change: () => ({ assessmentYear: 2024 }),
  },
  nominations: {
    grid: publicSubmission,
    data: () => ({
      nominee: '测试被推荐人',
      nomineeUnit: '测试单位',
      deeds: '事迹。',
      nominatorName: '推荐人',
      nominatorContact: 'someone@example.com',
      consent: true,
    }),
    change: () => ({ internalNote: 'changed' }),
  },
  objections: {
    grid: publicSubmission,
    data: () => ({
      commendation: noticeId,
      objectorName: '提出人',
      objectorContact: 'someone@example.com',
      grounds: '理由。',
      consent: true,
    }),
    change: () => ({ internalNote: 'changed' }),
  },
  // Accounts: administrators manage them; editors see the staff list; others only their own.
  users: {
    grid: {
      public: { create: false, read: false, update: false, delete: false },
      expert: { create: false, read: false, update: false, delete: false },
      editor: { create: false, read: true, update: false, delete: false },
      admin: { create: true, read: true, update: true, delete: true },
    },
    data: () => ({
      email: `someone-${unique()}@test.local`,
      password: 'a-long-password',
      roles: ['expert'],
    }),
    change: () => ({ displayName: 'changed' }),
  },
  'audit-log': {
    grid: systemWritten({ public: false, expert: false, editor: false, admin: true }),
    data: () => ({ action: 'update', targetCollection: 'units', targetId: String(refs.unit) }),
    change: () => ({ targetId: 'changed' }),
  },
  redirects: {
    grid: {
      ...uploadGrid(false, true),
      expert: { create: false, read: true, update: false, delete: false },
    },
    data: () => ({ from: `/zh/old-${unique()}`, to: { type: 'custom', url: '/zh' } }),
    change: (id) => ({ from: `/zh/changed-${id}` }),
  },
  search: {
    grid: systemWritten({ public: true, expert: true, editor: true, admin: true }),
    data: () => ({
      type: 'units',
      docId: String(refs.unit),
      language: 'zh',
      title: '测试条目',
      terms: '测试',
      date: new Date().toISOString(),
    }),
    change: (id) => ({ title: `changed-${id}` }),
  },
}

/** Payload's own bookkeeping collections: not content, and the public reaches none of them. */
const payloadOwn: Record<string, string> = {
  'payload-kv': "Payload's key-value store",
  'payload-jobs': 'the jobs queue (run by the server, src/lib/jobs.ts)',
  'payload-locked-documents': 'document locks while someone edits',
  'payload-preferences': "each account's admin preferences",
  'payload-migrations': 'applied migrations',
}

/** Globals: who reads and who updates each, and a change to write. None of Laurel's own yet. */
const globalGrids: Record<
  string,
  { grid: Record<Role, { read: boolean; update: boolean }>; change: Record<string, unknown> }
> = {
  // The masthead and footer facts: everyone reads them, only administrators change them.
  'site-settings': {
    grid: {
      public: { read: true, update: false },
      expert: { read: true, update: false },
      editor: { read: true, update: false },
      admin: { read: true, update: true },
    },
    change: { district: '测试区', columnName: '测试栏目', telephone: '0000-1234567' },
  },
}
const payloadOwnGlobals: Record<string, string> = {
  'payload-jobs-stats': "the jobs queue's statistics",
}

const hasChange = (doc: unknown, change: Record<string, unknown>) =>
  Object.entries(change).every(([key, value]) => (doc as Record<string, unknown>)[key] === value)

describe.each(Object.keys(plain))('%s', (slug) => {
  const collection = slug as 'media'
  const spec = plain[slug]!
  const create = async (options: object) =>
    payload.create({
      collection,
      data: spec.data() as never,
      ...(spec.file ? { file: await spec.file() } : {}),
      ...options,
    })

  it.each(cells(spec.grid))('$role $op: allowed=$allowed', async ({ role, op, allowed }) => {
    const options = asRole(role)
    let done: boolean
    if (op === 'create') {
      const before = (await payload.count({ collection, overrideAccess: true })).totalDocs
      done = await attempt(() => create(options))
      const after = (await payload.count({ collection, overrideAccess: true })).totalDocs
      expect(after - before).toBe(done ? 1 : 0)
    } else {
      const doc = await create({ overrideAccess: true, user: staff.admin })
      const storedDoc = () =>
        payload.findByID({ collection, id: doc.id, overrideAccess: true, disableErrors: true })
      if (op === 'read') {
        done = await reads(() => payload.findByID({ collection, id: doc.id, ...options }))
        const listed = await payload
          .find({ collection, where: { id: { equals: doc.id } }, ...options })
          .then(({ totalDocs }) => totalDocs, refusedAs(0))
        expect(listed).toBe(done ? 1 : 0)
      } else if (op === 'update') {
        const change = spec.change(doc.id)
        done = await attempt(() =>
          payload.update({ collection, id: doc.id, data: change as never, ...options }),
        )
        expect(hasChange(await storedDoc(), change)).toBe(done)
      } else {
        done = await attempt(() => payload.delete({ collection, id: doc.id, ...options }))
        expect(Boolean(await storedDoc())).toBe(!done)
      }
    }
    expect(done, `${role} ${verb(allowed)} ${op} ${collection}`).toBe(allowed)
  })
})

describe('users', () => {
  it.each(['expert', 'editor', 'admin'] as const)('a %s reads their own account', async (role) => {
    const own = await payload.findByID({ collection: 'users', id: staff[role].id, ...asRole(role) })
    expect(own.email).toBe(staff[role].email)
  })
})

describe("Payload's own collections", () => {
  it.each(Object.keys(payloadOwn))('the public reads nothing of %s', async (slug) => {
    const found = await reads(() =>
      payload.find({ collection: slug as 'payload-jobs', ...asRole('public') }),
    )
    expect(found, `the public may not read ${slug}`).toBe(false)
  })
})

describe.each(Object.keys(globalGrids))('global %s', (slug) => {
  const global = slug as 'site-settings'
  const { grid, change } = globalGrids[slug]!
  it.each(Object.keys(grid) as Role[])('%s', async (role) => {
    const options = asRole(role)
    expect(
      await reads(() => payload.findGlobal({ slug: global, ...options })),
      `${role} read`,
    ).toBe(grid[role].read)
    const done = await attempt(() =>
      payload.updateGlobal({ slug: global, data: change as never, ...options }),
    )
    const after = await payload.findGlobal({ slug: global, overrideAccess: true })
    expect(hasChange(after, change)).toBe(done)
    expect(done, `${role} update`).toBe(grid[role].update)
  })
})

describe('the matrix', () => {
  it('classifies every collection in the Payload config', () => {
    const known = new Set([
      ...Object.keys(grids),
      ...Object.keys(plain),
      ...Object.keys(payloadOwn),
    ])
    for (const { slug } of payload.config.collections) {
      expect(
        known.has(slug),
        `Collection "${slug}" is not in the access matrix. In tests/int/access-matrix.test.ts add ` +
          'who may create, read, update, delete (and publish) it: to `grids` if it has drafts, ' +
          'otherwise to `plain` with a valid document and a change.',
      ).toBe(true)
    }
  })

  it('classifies every global in the Payload config', () => {
    const known = new Set([...Object.keys(globalGrids), ...Object.keys(payloadOwnGlobals)])
    for (const { slug } of payload.config.globals) {
      expect(
        known.has(slug),
        `Global "${slug}" is not in the access matrix. In tests/int/access-matrix.test.ts add ` +
          'to `globalGrids` who may read and update it, and a change to write.',
      ).toBe(true)
    }
  })
})
