// How many notices each assessment year has, by mechanism and by honor-roll group: the figures of
// the honor roll's chart, the years readers can choose and the counts beside each group.
import 'server-only'

import {
  countAndKeepHonorRollFigures,
  readHonorRollFigures,
} from '@/collections/Commendations/honorRollFigures'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { publicPayload } from './publicQuery'

export type { HonorRollFigures, YearFigures } from '@/collections/Commendations/honorRollFigures'

/**
 * The stored aggregate: one read. A database that was migrated or bulk-loaded without the recount
 * lacks it; the first reader then counts it (about 50 indexed counts, 150 ms for 10,000 notices)
 * and keeps it. Only published, listed notices are counted, so nothing here is hidden from anyone.
 */
export const honorRollFigures = async () => {
  const payload = await publicPayload()
  return (await readHonorRollFigures(payload)) ?? (await countAndKeepHonorRollFigures(payload))
}

/** The assessment years that have at least one listed notice, newest first. */
export const honorRollYears = async () =>
  (await honorRollFigures()).years.map((figures) => figures.year)

export const tagsForHonorRollFigures = () => [tags.honorRolls]

export const getHonorRollFigures = cachedQuery(
  'honor-roll-figures',
  honorRollFigures,
  tagsForHonorRollFigures,
)
