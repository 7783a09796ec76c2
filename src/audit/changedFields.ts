// Which top-level fields a change touched: their names only, never their values, so the log
// holds no text, personal detail or secret that the document itself may hold.
import { isDeepStrictEqual } from 'node:util'

type Stored = Record<string, unknown>

// Bookkeeping that every save touches, and the id that no save changes.
const IGNORED = new Set(['id', 'createdAt', 'updatedAt'])

/** Drops what counts as "no value" (null, '', empty lists and objects) at every depth. */
const meaningful = (value: unknown): unknown => {
  if (value === null || value === undefined || value === '') return undefined
  if (Array.isArray(value)) {
    const items = value.map(meaningful)
    return items.every((item) => item === undefined) ? undefined : items
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([key, inner]) => [key, meaningful(inner)] as const)
      .filter(([, inner]) => inner !== undefined)
    return entries.length ? Object.fromEntries(entries) : undefined
  }
  return value
}

/** Names of the top-level fields whose values differ; a new document is compared with nothing. */
export const changedFields = (before: Stored | undefined, after: Stored): string[] => {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  return [...names]
    .filter((name) => !IGNORED.has(name))
    .filter((name) => !isDeepStrictEqual(meaningful(before?.[name]), meaningful(after[name])))
    .sort()
}
