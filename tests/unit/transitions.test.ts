// Every move between review states for every role, allowed and forbidden, against a list written
// out by hand from the issue rather than derived from the table it checks.
import { describe, expect, it } from 'vitest'

import { roles } from '@/access/roles'
import { findMove, reviewStates } from '@/workflow/transitions'

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
