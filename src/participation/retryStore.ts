// What a refused submission needs to be shown again: the typed values and the messages, kept for
// a minute under a random token the form page reads once (see handleSubmission.ts). The values
// can hold a contact address, so an entry is handed out only once and never logged.
import { randomBytes } from 'node:crypto'

export type Retry = {
  values: Record<string, string>
  errors: Record<string, string>
}

const LIFETIME_MS = 60_000
const MAX_ENTRIES = 1_000

type Entry = Retry & { expires: number }

// On globalThis: the route handler that stores and the page that reads are separate bundles.
const store = ((globalThis as { laurelFormRetries?: Map<string, Entry> }).laurelFormRetries ??=
  new Map<string, Entry>())

const dropExpired = (now: number) => {
  for (const [token, entry] of store) if (entry.expires <= now) store.delete(token)
}

export const keepForRetry = (retry: Retry): string => {
  const now = Date.now()
  dropExpired(now)
  if (store.size >= MAX_ENTRIES) store.delete(store.keys().next().value as string)
  const token = randomBytes(16).toString('hex')
  store.set(token, { ...retry, expires: now + LIFETIME_MS })
  return token
}

/** The retry under `token`, once; afterwards, or after a minute, nothing. */
export const takeRetry = (token: string): Retry | null => {
  const entry = store.get(token)
  store.delete(token)
  if (!entry || entry.expires <= Date.now()) return null
  return { values: entry.values, errors: entry.errors }
}
