// The audit log's pure rules: where a request came from, which fields a change touched, and what
// a save of content is called.
import { describe, expect, it } from 'vitest'

import { changedFields } from '@/audit/changedFields'
import { contentAction, type ContentSave } from '@/audit/contentAction'
import { requestAddress } from '@/audit/requestAddress'
import { clientAddress } from '@/lib/clientAddress'

describe('the address of a request', () => {
  it('is the client address the rate limits count: the right-most hop, not a forged first one', () => {
    const headers = new Headers({ 'x-forwarded-for': ' 203.0.113.7 , 10.0.0.1' })
    expect(requestAddress(headers)).toBe(clientAddress(headers))
    expect(requestAddress(headers)).toBe('10.0.0.1')
    expect(requestAddress(new Headers({ 'x-real-ip': '2001:db8::1' }))).toBeNull()
    expect(requestAddress(new Headers())).toBeNull()
    expect(requestAddress(undefined)).toBeNull()
  })

  it('is cut short when a client sends something that cannot be an address', () => {
    expect(requestAddress(new Headers({ 'x-forwarded-for': 'x'.repeat(5000) }))).toHaveLength(100)
  })
})

describe('changed fields', () => {
  it('are the top-level names whose values differ, sorted, without bookkeeping', () => {
    const before = { id: 1, title: { zh: '旧', en: 'Old' }, body: 'same', updatedAt: 'a' }
    const after = { id: 1, title: { zh: '旧', en: 'New' }, body: 'same', updatedAt: 'b', slug: 'x' }
    expect(changedFields(before, after)).toEqual(['slug', 'title'])
  })

  it('treat null, empty text and empty lists alike', () => {
    const before = { caption: null, tags: [], bio: { zh: 'x', en: null } }
    const after = { caption: '', tags: undefined, bio: { zh: 'x' } }
    expect(changedFields(before, after)).toEqual([])
  })

  it('of a new document are the fields it was given', () => {
    expect(changedFields(undefined, { id: 3, name: '镇', grades: [], createdAt: 'now' })).toEqual([
      'name',
    ])
  })

  it('see a change deep inside a list', () => {
    const row = (grade: string) => ({ grades: [{ id: 'r1', year: 2025, grade }] })
    expect(changedFields(row('good'), row('pass'))).toEqual(['grades'])
  })
})

describe('what a save of content is called', () => {
  const save = (change: Partial<ContentSave>): ContentSave => ({
    operation: 'update',
    restoring: false,
    wasPublished: false,
    isPublished: false,
    ...change,
  })

  const live = { wasPublished: true, isPublished: true }
  it.each([
    [
      'a new document, even one published at once',
      'create',
      { operation: 'create', isPublished: true },
    ],
    [
      'a restored version, whatever it publishes',
      'restore',
      { restoring: true, isPublished: true },
    ],
    [
      'a move to withdrawn (the page stays up with its notice)',
      'withdraw',
      { ...live, reviewStateBefore: 'published', reviewStateAfter: 'withdrawn' },
    ],
    [
      'an expert submitting a draft',
      'submit',
      { reviewStateBefore: 'draft', reviewStateAfter: 'submitted' },
    ],
    [
      'resubmitting what was sent back',
      'submit',
      { reviewStateBefore: 'rejected', reviewStateAfter: 'submitted' },
    ],
    [
      'an editor approving',
      'approve',
      { reviewStateBefore: 'submitted', reviewStateAfter: 'approved' },
    ],
    [
      'an editor sending an approved piece back',
      'send-back',
      { reviewStateBefore: 'approved', reviewStateAfter: 'rejected' },
    ],
    [
      'a withdrawn document published again',
      'reinstate',
      { ...live, reviewStateBefore: 'withdrawn', reviewStateAfter: 'published' },
    ],
    [
      'publishing an approved piece',
      'publish',
      { isPublished: true, reviewStateBefore: 'approved', reviewStateAfter: 'published' },
    ],
    [
      'a rejected piece edited by its author (no move)',
      'update',
      { reviewStateBefore: 'rejected', reviewStateAfter: 'rejected' },
    ],
    ['the main document going live', 'publish', { isPublished: true }],
    ['the main document taken down', 'unpublish', { wasPublished: true }],
    ['a draft saved over a live document', 'update', live],
    ['a draft saved over a draft', 'update', {}],
    [
      'an edit of a withdrawn document',
      'update',
      { ...live, reviewStateBefore: 'withdrawn', reviewStateAfter: 'withdrawn' },
    ],
  ] as const)('%s is called %s', (_case, action, change) => {
    expect(contentAction(save(change))).toBe(action)
  })
})
