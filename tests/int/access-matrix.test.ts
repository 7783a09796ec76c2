// Every role against every collection and operation, asserted both ways: what a role may do
// happens, and what it may not do is refused and leaves the data as it was.
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

const none = { create: false, read: false, update: false, delete: false, publish: false }
const all = { create: true, read: true, update: true, delete: true, publish: true }

// "read" means reading an unpublished draft; everyone reads published documents (tested below).
const editorial: Grid = { public: none, expert: none, editor: all, admin: all }
const grids: Record<ContentSlug, Grid> = {
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
// An expert lists only their own images (the admin's upload drawer); `read` here is of a file
// someone else uploaded. The files themselves stay public (tests/int/editorial-desk.test.ts).
const uploadGrid = (expertCreates: boolean, expertReadsOthers: boolean): Grid => ({
  public: { create: false, read: true, update: false, delete: false },
  expert: { create: expertCreates, read: expertReadsOthers, update: false, delete: false },
  editor: { create: true, read: true, update: true, delete: true },
  admin: { create: true, read: true, update: true, delete: true },
})
const userGrid: Grid = {
  public: { create: false, read: false, update: false, delete: false },
  expert: { create: false, read: false, update: false, delete: false },
  editor: { create: false, read: true, update: false, delete: false },
  admin: { create: true, read: true, update: true, delete: true },
}

let payload: Payload
let staff: Staff
let refs: Refs

const actor = (role: Role): User | undefined => (role === 'public' ? undefined : staff[role])
const asRole = (role: Role) => ({ user: actor(role), overrideAccess: false })
const attempt = async (action: () => Promise<unknown>): Promise<boolean> =>
  action().then(
    () => true,
    () => false,
  )
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
})
afterAll(closePayload)

const stored = (collection: ContentSlug, id: number | string) =>
  payload.findByID({ collection, id, draft: true, overrideAccess: true, disableErrors: true })
const storedInterpretation = (id: number | string) =>
  payload.findByID({ collection: 'interpretations', id, draft: true, overrideAccess: true })

const contentOperation = async (collection: ContentSlug, role: Role, op: Op): Promise<boolean> => {
  const options = asRole(role)
  if (op === 'create') {
    const before = (await payload.count({ collection, overrideAccess: true })).totalDocs
    const done = await attempt(() =>
      payload.create({
        collection,
        data: sampleData(collection, refs) as never,
        draft: true,
        ...options,
      }),
    )
    const after = (await payload.count({ collection, overrideAccess: true })).totalDocs
    expect(after - before).toBe(done ? 1 : 0)
    return done
  }
  const draft = await createAsSystem(payload, collection, refs, 'draft')
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

describe.each(Object.keys(grids) as ContentSlug[])('%s', (collection) => {
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
    const doc = await createAsSystem(payload, collection, refs, 'published')
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

describe.each([
  ['media', uploadGrid(true, false)],
  ['documents', uploadGrid(false, true)],
] as const)('%s', (collection, grid) => {
  const upload = async () => (collection === 'media' ? pngFile() : pdfFile())
  const data = collection === 'media' ? { alt: '测试图片' } : { title: '测试附件' }
  const existing = async () =>
    payload.create({ collection, data: data as never, file: await upload(), overrideAccess: true })

  it.each(cells(grid))('$role $op: allowed=$allowed', async ({ role, op, allowed }) => {
    const options = asRole(role)
    let done: boolean
    if (op === 'create') {
      const file = await upload()
      done = await attempt(() =>
        payload.create({ collection, data: data as never, file, ...options }),
      )
    } else {
      const doc = await existing()
      if (op === 'read') {
        done = Boolean(
          await payload.findByID({ collection, id: doc.id, disableErrors: true, ...options }),
        )
      } else if (op === 'update') {
        const change = collection === 'media' ? { alt: 'changed' } : { title: 'changed' }
        done = await attempt(() =>
          payload.update({ collection, id: doc.id, data: change as never, ...options }),
        )
        const after = await payload.findByID({ collection, id: doc.id, overrideAccess: true })
        expect(Object.values(after).includes('changed')).toBe(done)
      } else {
        done = await attempt(() => payload.delete({ collection, id: doc.id, ...options }))
        const after = await payload.findByID({
          collection,
          id: doc.id,
          overrideAccess: true,
          disableErrors: true,
        })
        expect(Boolean(after)).toBe(!done)
      }
    }
    expect(done, `${role} ${verb(allowed)} ${op} ${collection}`).toBe(allowed)
  })
})

describe('users', () => {
  let accounts = 0
  const someoneElse = () =>
    payload.create({
      collection: 'users',
      data: {
        email: `someone-${(accounts += 1)}@test.local`,
        password: 'a-long-password',
        roles: ['editor'],
      },
      overrideAccess: true,
    })

  it.each(cells(userGrid))(
    '$role $op on another account: allowed=$allowed',
    async ({ role, op, allowed }) => {
      const options = asRole(role)
      let done: boolean
      if (op === 'create') {
        const email = `new-${(accounts += 1)}@test.local`
        done = await attempt(() =>
          payload.create({
            collection: 'users',
            data: { email, password: 'a-long-password', roles: ['expert'] },
            ...options,
          }),
        )
        expect(
          (await payload.count({ collection: 'users', where: { email: { equals: email } } }))
            .totalDocs,
        ).toBe(done ? 1 : 0)
      } else {
        const other = await someoneElse()
        if (op === 'read') {
          done = Boolean(
            await payload.findByID({
              collection: 'users',
              id: other.id,
              disableErrors: true,
              ...options,
            }),
          )
        } else if (op === 'update') {
          done = await attempt(() =>
            payload.update({
              collection: 'users',
              id: other.id,
              data: { displayName: 'changed' },
              ...options,
            }),
          )
          const after = await payload.findByID({
            collection: 'users',
            id: other.id,
            overrideAccess: true,
          })
          expect(after.displayName === 'changed').toBe(done)
        } else {
          done = await attempt(() =>
            payload.delete({ collection: 'users', id: other.id, ...options }),
          )
          const after = await payload.findByID({
            collection: 'users',
            id: other.id,
            overrideAccess: true,
            disableErrors: true,
          })
          expect(Boolean(after)).toBe(!done)
        }
      }
      expect(done, `${role} ${verb(allowed)} ${op} users`).toBe(allowed)
    },
  )

  it.each(['expert', 'editor', 'admin'] as const)('a %s reads their own account', async (role) => {
    const own = await payload.findByID({ collection: 'users', id: staff[role].id, ...asRole(role) })
    expect(own.email).toBe(staff[role].email)
  })
})
