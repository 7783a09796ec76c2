// Every move between review states for every role, allowed and forbidden, against a list written
// out by hand from the issue rather than derived from the table it checks.
import { describe, expect, it } from 'vitest'

import { roles } from '@/access/roles'
import {
  actions,
  findMove,
  moves,
  movesFrom,
  type ReviewState,
  reviewStates,
  stateRules,
} from '@/workflow/transitions'

const allowed = new Set([
  'expert draft→submitted',
  'expert rejected→submitted',
  ...['editor', 'admin'].flatMap((role) =>
    [
      'draft→submitted',
      'rejected→submitted',
      'submitted→approved',
      'submitted→rejected',
      'approved→rejected',
      'draft→published',
      'submitted→published',
      'approved→published',
      'published→draft',
      'published→withdrawn',
      'withdrawn→published',
    ].map((move) => `${role} ${move}`),
  ),
])

const cases = roles.flatMap((role) =>
  reviewStates.flatMap((from) =>
    reviewStates
      .filter((to) => to !== from)
      .map((to) => ({ role, from, to, expected: allowed.has(`${role} ${from}→${to}`) })),
  ),
)

describe('review-state moves', () => {
  it('covers every role and every pair of states', () => {
    expect(cases).toHaveLength(3 * 6 * 5)
  })

  it.each(cases)('$role: $from → $to allowed=$expected', ({ role, from, to, expected }) => {
    expect(Boolean(findMove(from, to, [role]))).toBe(expected)
  })

  it('a user with no role moves nothing', () => {
    expect(reviewStates.some((from) => reviewStates.some((to) => findMove(from, to, [])))).toBe(
      false,
    )
  })

  it('sending back and withdrawing require a reason', () => {
    expect(findMove('submitted', 'rejected', ['editor'])?.needs).toBe('rejectionReason')
    expect(findMove('published', 'withdrawn', ['editor'])?.needs).toBe('withdrawalReason')
  })
})

describe('what each move is called and asks for', () => {
  it('a move that needs a reason asks for it in its dialog, and no other move does', () => {
    for (const move of moves) {
      expect(Boolean(actions[move.action].asks), `${move.from}→${move.to}`).toBe(
        Boolean(move.needs),
      )
    }
  })

  it('names the buttons as the publicity office does', () => {
    const label = (from: ReviewState, to: ReviewState) =>
      actions[findMove(from, to, ['editor'])!.action].label.zh
    expect(label('draft', 'submitted')).toBe('提交审核')
    expect(label('rejected', 'submitted')).toBe('提交审核')
    expect(label('submitted', 'approved')).toBe('通过')
    expect(label('approved', 'rejected')).toBe('退回修改')
    expect(label('approved', 'published')).toBe('发布')
    expect(label('published', 'draft')).toBe('取消发布')
    expect(label('published', 'withdrawn')).toBe('撤回')
    expect(label('withdrawn', 'published')).toBe('恢复发布')
  })

  it('offers an expert only submitting, and only from a draft or a sent-back piece', () => {
    const offered = reviewStates.map((from) => movesFrom(from, ['expert']).map((m) => m.to))
    expect(offered).toEqual([['submitted'], [], [], ['submitted'], [], []])
  })

  it('keeps only published and withdrawn pieces live', () => {
    expect(reviewStates.filter((state) => stateRules[state].live)).toEqual([
      'published',
      'withdrawn',
    ])
  })
})
