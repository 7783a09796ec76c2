// The figures behind the honor roll's chart: for each assessment year, how many listed notices
// there are, by mechanism and by honor-roll group. They are a stored aggregate, recounted for the
// years a save touches (a few indexed counts, inside the save's transaction), so a reader's page
// reads one small record instead of counting 10,000 notices per request.
import type { Payload, PayloadRequest, Where } from 'payload'

import { type Mechanism, mechanisms } from '@/fields/mechanism'

import { groupPath, type HonorRollGroup, honorRollGroups } from './awardeeGroups'

export type YearFigures = {
  year: number
  notices: number
  mechanisms: Record<Mechanism, number>
  groups: Record<HonorRollGroup, number>
}

/** Years newest first; a year without listed notices is left out. */
export type HonorRollFigures = { years: YearFigures[] }

// Kept in Payload's own key-value table, written through the save's request so that the figures
// commit or roll back with the notice.
const STORE = 'payload-kv'
const KEY = 'honor-roll-figures'

/** What the public sees of notices: published and not withdrawn (src/data/publicQuery.ts). */
const listedIn = (year?: number): Where => ({
  and: [
    { _status: { equals: 'published' } },
    { reviewState: { not_equals: 'withdrawn' } },
    ...(year === undefined ? [] : [{ assessmentYear: { equals: year } }]),
  ],
})

const countYear = async (payload: Payload, year: number, req?: PayloadRequest) => {
  // One after another: inside a transaction they share one connection.
  const count = async (where: Where) =>
    // system: counts listed notices only (listedIn), the same for every reader
    (
      await payload.count({
        collection: 'commendations',
        overrideAccess: true,
        req,
        where: { and: [listedIn(year), where] },
      })
    ).totalDocs
  const byMechanism = {} as Record<Mechanism, number>
  for (const mechanism of mechanisms) {
    byMechanism[mechanism] = await count({ mechanism: { equals: mechanism } })
  }
  const byGroup = {} as Record<HonorRollGroup, number>
  for (const group of honorRollGroups)
    byGroup[group] = await count({ [groupPath(group)]: { equals: true } })
  const notices = Object.values(byMechanism).reduce((sum, n) => sum + n, 0)
  return { year, notices, mechanisms: byMechanism, groups: byGroup }
}

const listedYears = async (payload: Payload, req?: PayloadRequest) => {
  // system: the years of listed notices only (listedIn), the same for every reader
  const { values } = await payload.findDistinct({
    collection: 'commendations',
    field: 'assessmentYear',
    overrideAccess: true,
    req,
    where: listedIn(),
  })
  return values.map((row) => Number(row.assessmentYear))
}

const countYears = async (payload: Payload, years: number[], req?: PayloadRequest) => {
  const counted: YearFigures[] = []
  for (const year of years) counted.push(await countYear(payload, year, req))
  return counted
}

const newestFirst = (years: YearFigures[]): HonorRollFigures => ({
  years: years.filter((figures) => figures.notices > 0).sort((a, b) => b.year - a.year),
})

export const readHonorRollFigures = async (payload: Payload, req?: PayloadRequest) => {
  // system: Payload's key-value store has no access rules; the figures are public
  const stored = await payload.db.findOne<{ id: number | string; data: HonorRollFigures }>({
    collection: STORE,
    req,
    where: { key: { equals: KEY } },
    select: { data: true },
  })
  return stored?.data ?? null
}

const store = (payload: Payload, figures: HonorRollFigures, req?: PayloadRequest) =>
  // system: the figures are kept by the save that changed them, whoever made it
  payload.db.upsert({
    collection: STORE,
    req,
    where: { key: { equals: KEY } },
    data: { key: KEY, data: figures },
    select: {},
    returning: false,
  })

/** Drops the stored figures: the next reader counts them afresh (see `countAndKeep`). */
export const forgetHonorRollFigures = (payload: Payload, req: PayloadRequest) =>
  // system: dropping the stored figures is the system's bookkeeping
  payload.db.deleteMany({ collection: STORE, req, where: { key: { equals: KEY } } })

const countAll = async (payload: Payload, req?: PayloadRequest) =>
  newestFirst(await countYears(payload, await listedYears(payload, req), req))

/**
 * For a reader who finds no stored figures (a database migrated or bulk-loaded without the
 * recount): every year counted afresh, then kept only if no save has stored newer ones meanwhile.
 * The key is unique, so a save that got there first makes this insert fail, and that is fine.
 */
export const countAndKeepHonorRollFigures = async (payload: Payload) => {
  const figures = await countAll(payload)
  try {
    // system: a reader who found no figures keeps the ones just counted
    await payload.db.create({
      collection: STORE,
      data: { key: KEY, data: figures },
      returning: false,
    })
  } catch {
    // Stored by someone else in the meantime: theirs are at least as new.
  }
  return figures
}

/** Counts every year again and stores the result: after a bulk load that skipped the hooks. */
export const recountHonorRollFigures = async (payload: Payload, req?: PayloadRequest) => {
  const figures = await countAll(payload, req)
  await store(payload, figures, req)
  return figures
}

/** Counts the given years again and keeps the stored figures of the others. */
export const recountHonorRollYears = async (
  payload: Payload,
  years: number[],
  req: PayloadRequest,
) => {
  const stored = await readHonorRollFigures(payload, req)
  if (!stored) return recountHonorRollFigures(payload, req)
  const others = stored.years.filter((figures) => !years.includes(figures.year))
  const figures = newestFirst([...others, ...(await countYears(payload, years, req))])
  await store(payload, figures, req)
  return figures
}
