// Checks every row of an intake against the units Laurel knows and the intake's assessment year,
// before anything is written. A row names its unit by the exact Chinese name or by the slug. A row
// with an honor title is commended: its unit becomes an awardee of the draft notice.
import { type Grade, gradeNamed } from './columns'
import type { Problem } from './problems'
import type { RawRow } from './readIntakeFile'

export type KnownUnit = {
  id: number | string
  name: string
  slug?: string | null
  grades?: { year: number; grade: Grade }[] | null
  /** Its newest version is an unpublished draft. */
  hasDraft?: boolean
}

export type Result = {
  line: number
  unit: KnownUnit
  grade: Grade
  honorTitle: string
  citation: string
}

const unitFinder = (units: KnownUnit[]) => {
  const byName = new Map<string, KnownUnit[]>()
  const bySlug = new Map<string, KnownUnit>()
  for (const unit of units) {
    byName.set(unit.name.trim(), [...(byName.get(unit.name.trim()) ?? []), unit])
    if (unit.slug) bySlug.set(unit.slug, unit)
  }
  return (written: string): KnownUnit | 'unknown' | 'ambiguous' => {
    const named = byName.get(written) ?? []
    if (named.length > 1) return 'ambiguous'
    return named[0] ?? bySlug.get(written) ?? 'unknown'
  }
}

const readYear = (cell: string): number | null =>
  /^\d{4}$/.test(cell) && Number(cell) >= 2000 && Number(cell) <= 2100 ? Number(cell) : null

export const checkRows = (rows: RawRow[], units: KnownUnit[], intakeYear: number) => {
  const findUnit = unitFinder(units)
  const lineOfUnit = new Map<KnownUnit['id'], number>()
  const results: Result[] = []
  const problems: Problem[] = []
  for (const row of rows) {
    const { line } = row
    const found: Problem[] = []
    const say = (reason: Problem['reason'], detail?: Problem['detail']) =>
      found.push({ line, reason, detail })

    const unit = row.unit ? findUnit(row.unit) : 'unknown'
    if (!row.unit) say('missingUnit')
    else if (unit === 'unknown') say('unknownUnit', { value: row.unit })
    else if (unit === 'ambiguous') say('ambiguousUnit', { value: row.unit })
    else if (unit.hasDraft) say('unitHasDraft', { value: row.unit })
    else if (lineOfUnit.has(unit.id))
      say('duplicateUnit', { value: row.unit, otherLine: lineOfUnit.get(unit.id) })
    else lineOfUnit.set(unit.id, line)

    const year = readYear(row.year)
    if (year === null) say('year', { value: row.year })
    else if (year !== intakeYear) say('yearMismatch', { value: year, expected: intakeYear })

    const grade = gradeNamed(row.grade)
    if (!grade) say('grade', { value: row.grade })
    if (row.citation && !row.honorTitle) say('missingHonorTitle')
    if (row.honorTitle && grade === 'fail') say('failCommended')

    if (found.length === 0 && typeof unit === 'object' && grade) {
      results.push({ line, unit, grade, honorTitle: row.honorTitle, citation: row.citation })
    }
    problems.push(...found)
  }
  return { results, problems }
}
