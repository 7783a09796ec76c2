// Verification addresses and open-data files: notice numbers survive the round trip through an
// address, and CSV cells can never become spreadsheet formulas.
import { describe, expect, it } from 'vitest'

import { csvCell, csvRow } from '@/lib/openData/csv'
import { fileName, parseFileName } from '@/lib/openData/files'
import { normalizeNoticeNumber, numberFromSegments, verifyPath } from '@/lib/noticeNumber'

describe('a notice number in a verification address', () => {
  it.each([
    '区委发〔2026〕12号',
    '区政办发〔2025〕3号',
    'Notice 〔2026〕 No. 7',
    '区委发〔2026〕12/3号',
  ])('%s comes back unchanged from its address', (number) => {
    const path = verifyPath(number)
    expect(path).toMatch(/^\/verify\/[^/]+$/)
    const segments = path.slice('/verify/'.length).split('/')
    expect(numberFromSegments(segments)).toBe(number)
    // A server that decodes the path first (and splits at a decoded `/`) gives the same number.
    expect(numberFromSegments(decodeURIComponent(segments[0]!).split('/'))).toBe(number)
  })

  it.each([
    '区委发〔2026〕12号',
    '  区委发［２０２６］１２号 ',
    '区委发(2026)12号',
    '区委发（2026）12号',
    '区委发[2026]12号',
    '区委发【2026】12号',
    '区委发〖2026〗12号',
    '区委发﹝2026﹞12号',
    '区委发 〔 2026 〕 12 号',
    '区委发\u3000〔２０２６〕１２号',
  ])('%s is put in the official form 区委发〔2026〕12号', (typed) => {
    expect(normalizeNoticeNumber(typed)).toBe('区委发〔2026〕12号')
    expect(verifyPath(typed)).toBe(verifyPath('区委发〔2026〕12号'))
  })

  it('keeps other brackets, and the spaces between words of a number without Chinese', () => {
    expect(normalizeNoticeNumber('区委发〔2026〕12号（更正）')).toBe('区委发〔2026〕12号(更正)')
    expect(normalizeNoticeNumber(' Notice  (2026)  No. 7 ')).toBe('Notice 〔2026〕 No. 7')
    expect(verifyPath('   ')).toBe('/verify')
  })

  it('is refused when empty or absurdly long, and a stray % is read as it is', () => {
    expect(numberFromSegments(['%20'])).toBeNull()
    expect(numberFromSegments(['x'.repeat(101)])).toBeNull()
    expect(numberFromSegments(['12%号'])).toBe('12%号')
  })
})

describe('open-data CSV', () => {
  it('quotes by RFC 4180 and ends rows with CRLF', () => {
    expect(csvRow(['a,b', 'say "hi"', 'two\nlines', null, 3])).toBe(
      '"a,b","say ""hi""","two\nlines",,3\r\n',
    )
  })

  it.each(['=1+2', '+1', '-2+3', '@SUM(A1)', '\tx', '=HYPERLINK("http://x")'])(
    'makes a cell starting like a formula inert: %s',
    (value) => {
      const cell = csvCell(value)
      expect(cell.replace(/^"/, '')).toMatch(/^'/)
    },
  )

  it('leaves numbers and ordinary text alone', () => {
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell('区委发〔2026〕12号')).toBe('区委发〔2026〕12号')
  })
})

describe('open-data file names', () => {
  it.each(['commendations.json', 'commendations-2025.csv', 'awardees.csv', 'awardees-2024.json'])(
    '%s is a file and is named back the same',
    (name) => {
      const file = parseFileName(name)
      expect(file).not.toBeNull()
      expect(fileName(file!)).toBe(name)
    },
  )

  it.each(['people.csv', 'awardees-25.csv', 'awardees.xlsx', 'awardees-2025.csv.exe', '../x.csv'])(
    '%s is not',
    (name) => expect(parseFileName(name)).toBeNull(),
  )
})
