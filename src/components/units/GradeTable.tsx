// The yearly grades as a table: the figures of the chart for readers who cannot see it, and for
// anyone who wants them exactly.
import { inLocale, type Locale } from '@/i18n/locales'
import { gradeLabels } from '@/lib/assessmentCategories'

import type { YearGrade } from './GradeChart'
import { unitWords } from './words'

export function GradeTable({ rows, locale }: { rows: YearGrade[]; locale: Locale }) {
  const w = unitWords[locale]
  return (
    <table className="grade-table">
      <caption>{w.gradesTable}</caption>
      <thead>
        <tr>
          <th scope="col">{w.year}</th>
          <th scope="col">{w.grade}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.year}>
            <th scope="row">{row.year}</th>
            <td>{inLocale(gradeLabels[row.grade], locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
