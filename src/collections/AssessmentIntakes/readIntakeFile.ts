// Turns the bytes of an uploaded intake file into rows of text, each with the line it starts on.
// Spreadsheets save CSV as UTF-8 (with or without a byte-order mark) or, in Chinese Excel, as GBK;
// both are read. Nothing here knows about units: see checkRows.ts.
import { CsvError, parse } from 'csv-parse/sync'

import { type Column, columnNamed, columns, MAX_ROWS } from './columns'
import type { Problem } from './problems'

export type RawRow = { line: number } & Record<Column, string>

export type FileReading = { rows: RawRow[]; problems: Problem[] }

const refused = (problem: Problem): FileReading => ({ rows: [], problems: [problem] })

/**
 * UTF-8 first: GBK text with Chinese in it is almost never valid UTF-8. GB18030, which Node reads
 * through its built-in ICU, is a superset of GBK.
 */
export const decodeText = (bytes: Uint8Array): string | null => {
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      // TextDecoder drops a UTF-8 byte-order mark by itself.
      return new TextDecoder(encoding, { fatal: true }).decode(bytes)
    } catch {
      // Not this encoding (or, for GB18030, a Node built without ICU): try the next.
    }
  }
  return null
}

type Record_ = { record: string[]; info: { lines: number } }

const parseCsv = (text: string): Record_[] =>
  parse(text.replace(/\r\n?/g, '\n'), {
    info: true,
    skip_empty_lines: true,
    // Spreadsheets save rows they once touched as ",,,,": those are not results.
    skip_records_with_empty_values: true,
    relax_column_count: true,
    trim: true,
  }) as unknown as Record_[]

/** csv-parse reports the line a record ends on; a quoted cell may span lines. */
const startLine = ({ record, info }: Record_) =>
  info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0)

const readHeader = (header: Record_): { order: Column[]; problems: Problem[] } => {
  const line = startLine(header)
  const order: Column[] = []
  const problems: Problem[] = []
  for (const cell of header.record) {
    const column = columnNamed(cell)
    if (!column) problems.push({ line, reason: 'unknownColumn', detail: { value: cell } })
    else if (order.includes(column))
      problems.push({ line, reason: 'repeatedColumn', detail: { value: cell } })
    else order.push(column)
  }
  for (const column of columns) {
    if (!order.includes(column))
      problems.push({ line, reason: 'missingColumn', detail: { value: column } })
  }
  return { order, problems }
}

const toRow = (order: Column[], parsed: Record_): RawRow | Problem => {
  const line = startLine(parsed)
  if (parsed.record.length !== order.length) {
    const detail = { value: String(parsed.record.length), expected: order.length }
    return { line, reason: 'columnCount', detail }
  }
  const cells = Object.fromEntries(order.map((column, n) => [column, parsed.record[n] ?? '']))
  return { line, ...(cells as Record<Column, string>) }
}

export const readIntakeFile = (bytes: Uint8Array): FileReading => {
  const text = decodeText(bytes)
  if (text === null) return refused({ reason: 'encoding' })
  if (text.trim() === '') return refused({ reason: 'empty' })
  let parsed: Record_[]
  try {
    parsed = parseCsv(text)
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = (error as CsvError & { lines?: number }).lines
    return refused({ line, reason: 'malformed', detail: { value: error.code } })
  }
  const [header, ...records] = parsed
  if (!header) return refused({ reason: 'empty' })
  const { order, problems } = readHeader(header)
  if (problems.length) return { rows: [], problems }
  if (records.length === 0) return refused({ reason: 'noRows' })
  if (records.length > MAX_ROWS) return refused({ reason: 'tooManyRows' })
  const read = records.map((record) => toRow(order, record))
  return {
    rows: read.filter((row): row is RawRow => 'unit' in row),
    problems: read.filter((row): row is Problem => 'reason' in row),
  }
}
