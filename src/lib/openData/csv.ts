// CSV that spreadsheet programs open correctly: UTF-8 with a byte-order mark (without it Excel
// reads Chinese as mojibake), CRLF line ends and RFC 4180 quoting. A cell a spreadsheet would run
// as a formula (starting with = + - @, or a tab or carriage return) gets a leading apostrophe, as
// OWASP advises against CSV injection, so a citation can never become a formula.
export const CSV_BOM = '\uFEFF'

const formulaStart = /^[=+\-@\t\r]/

export type CsvValue = string | number | boolean | null | undefined

export const csvCell = (value: CsvValue): string => {
  if (value === null || value === undefined) return ''
  // Numbers are written as numbers: a negative one is data, not a formula.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const inert = formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert
}

export const csvRow = (values: CsvValue[]) => `${values.map(csvCell).join(',')}\r\n`
