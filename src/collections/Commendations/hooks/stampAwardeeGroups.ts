import type { CollectionBeforeChangeHook } from 'payload'

import type { AssessmentCategory } from '@/lib/assessmentCategories'

import { groupFieldNames, honorRollGroups } from '../awardeeGroups'

type Id = number | string
type Row = { unit?: unknown; person?: unknown; assessmentCategory?: AssessmentCategory | null }

const idOf = (value: unknown): Id | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return null
}

/**
 * Records on each awardee the category its unit is assessed in, and on the notice the honor-roll
 * groups its awardees fall in (see ../awardeeGroups.ts). A save that leaves the awardees alone
 * (a review-state move, say) leaves both as they were.
 */
export const stampAwardeeGroups: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (!Array.isArray(data.awardees)) return data
  const rows = data.awardees as Row[]
  const unitIds = [...new Set(rows.map((row) => idOf(row.unit)).filter((id) => id !== null))]
  // system: a notice's groups follow its units' categories, whoever saves it
  const { docs: units } = unitIds.length
    ? await req.payload.find({
        collection: 'units',
        where: { id: { in: unitIds } },
        overrideAccess: true,
        req,
        depth: 0,
        pagination: false,
        select: { assessmentCategory: true },
      })
    : { docs: [] }
  const categoryOf = new Map(units.map((unit) => [String(unit.id), unit.assessmentCategory]))
  const awardees = rows.map((row) => {
    const unit = idOf(row.unit)
    return { ...row, assessmentCategory: unit === null ? null : categoryOf.get(String(unit)) }
  })
  const present = new Set<string>(awardees.flatMap((row) => row.assessmentCategory ?? []))
  if (awardees.some((row) => idOf(row.person) !== null)) present.add('people')
  const awardeeGroups = Object.fromEntries(
    honorRollGroups.map((group) => [groupFieldNames[group], present.has(group)]),
  )
  return { ...data, awardees, awardeeGroups }
}
