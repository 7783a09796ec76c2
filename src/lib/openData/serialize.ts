// Writes open-data records as the bytes of a file, chunk by chunk: CSV rows under one header row,
// or one JSON document whose `records` array is written as the records arrive.
import type { Locale } from '@/i18n/locales'

import type { NoticeRecord } from '@/data/openData'

import { CSV_BOM, csvRow } from './csv'
import { columns, OPEN_DATA_VERSION, type OpenDataFile } from './files'

type Row = Record<string, string | number | null>

/** The rows of a dataset from one chunk of notices: one per notice, or one per awardee. */
export const rowsOf = (file: OpenDataFile, notices: NoticeRecord[]): Row[] =>
  file.dataset === 'commendations'
    ? notices.map(
        ({ awardees, ...notice }) =>
          (file.format === 'json' ? { ...notice, awardees } : notice) as Row,
      )
    : notices.flatMap((notice) =>
        notice.awardees.map((awardee) => ({
          noticeNumber: notice.noticeNumber,
          assessmentYear: notice.assessmentYear,
          issuedAt: notice.issuedAt,
          noticeState: notice.state,
          ...awardee,
          noticeUrl: notice.url,
        })),
      )

export const contentTypes = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
} as const

/** The file's text in pieces: opening, one piece per chunk, closing. */
export async function* serialize(
  file: OpenDataFile,
  locale: Locale,
  chunks: AsyncIterable<NoticeRecord[]>,
): AsyncGenerator<string> {
  const keys = columns[file.dataset]
  if (file.format === 'csv') {
    yield CSV_BOM + csvRow([...keys])
    for await (const notices of chunks) {
      yield rowsOf(file, notices)
        .map((row) => csvRow(keys.map((key) => row[key])))
        .join('')
    }
    return
  }
  const head = {
    dataset: file.dataset,
    version: OPEN_DATA_VERSION,
    language: locale,
    year: file.year,
  }
  yield `${JSON.stringify(head).slice(0, -1)},"records":[`
  let first = true
  for await (const notices of chunks) {
    const rows = rowsOf(file, notices).map((row) => JSON.stringify(row))
    if (rows.length === 0) continue
    yield `${first ? '' : ','}\n${rows.join(',\n')}`
    first = false
  }
  yield '\n]}\n'
}
