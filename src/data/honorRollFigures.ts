// How many notices each assessment year has, by mechanism and by honor-roll group: the figures of
// the honor roll's chart, the years readers can choose and the counts beside each group.
import 'server-only'

import {
  countHonorRollFigures,
  readHonorRollFigures,
} from '@/collections/Commendations/honorRollFigures'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { publicPayload } from './publicQuery'

export type { HonorRollFigures, YearFigures } from '@/collections/Commendations/honorRollFigures'

/**
 * The stored aggregate: one read. Only a database that has not saved a notice since it was
 * migrated lacks it; it is then counted on the spot (a few dozen indexed counts) until the next save.
 * Both count only published, listed notices, so nothing here is hidden from the public.
 */
export const honorRollFigures = async () => {
  const payload = await publicPayload()
  return (await readHonorRollFigures(payload)) ?? (await countHonorRollFigures(payload))
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
