// The record as the public can check and reuse it: a notice verified by its number (as typed
// from paper, in full-width or with spaces), and the open-data files of published notices and
// their awardees, which hold nothing private and open cleanly in a spreadsheet.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openDataChunk, openDataRecords, openDataYears } from '@/data/openData'
import { noticeByNumber } from '@/data/verification'
import { columns, parseFileName } from '@/lib/openData/files'
import { serialize } from '@/lib/openData/serialize'

import { namedDocuments } from '../helpers/namedDocuments'
import { closePayload, testPayload } from '../helpers/payload'
import { pdfFile } from '../helpers/samples'
import { createStaff } from '../helpers/staff'

let payload: Payload
const { ids, refs, create, withdraw } = namedDocuments(() => payload)

const NUMBER = '区委发〔2026〕12号'
const REMARK = '内部审核意见：请核实名单'

const fileText = async (name: string) => {
  let text = ''
  const file = parseFileName(name)!
  for await (const piece of serialize(
    file,
    'zh',
    openDataRecords('zh', file.year, openDataChunk),
  )) {
    text += piece
  }
  return text
}

beforeAll(async () => {
  payload = await testPayload()
  const staff = await createStaff(payload)
  refs.expert = staff.expert.id
  await create('units', 'town', {
    name: '青山镇',
    kind: 'town-office',
    assessmentCategory: 'key-development',
  })
  refs.unit = ids.town as number
  await create('people', 'private', { name: '赵大勇', position: '村党支部书记', consent: false })
  const pdf = await payload.create({
    collection: 'documents',
    data: { title: '通报原件' },
    file: pdfFile(),
    overrideAccess: true,
  })
  await create('commendations', 'main', {
    title: '关于表彰2025年度先进集体和个人的通报',
    noticeNumber: NUMBER,
    assessmentYear: 2025,
    attachment: pdf.id,
    remarks: [{ text: REMARK }],
    awardees: [
      {
        unit: ids.town,
        honorTitle: '先进集体',
        citation: '=HYPERLINK("http://evil.example","点击")',
      },
      { person: ids.private, honorTitle: '优秀干部', citation: '带领群众，"脱贫"致富' },
    ],
  })
  await create('commendations', 'older', {
    noticeNumber: '  区委发［２０２４］５号 ',
    assessmentYear: 2024,
  })
  await withdraw('commendations', 'older', '名单有误。')
  await create(
    'commendations',
    'draft',
    { noticeNumber: '区委发〔2026〕99号', assessmentYear: 2026 },
    'draft',
  )
})
afterAll(closePayload)

describe('verifying a notice by its number', () => {
  it('finds the official record: title, issuer, date, awardees by public name, state and PDF checksum', async () => {
    const notice = await noticeByNumber(NUMBER, 'zh')
    expect(notice).toMatchObject({
      noticeNumber: NUMBER,
      title: '关于表彰2025年度先进集体和个人的通报',
      issuingBody: '区委办公室',
      reviewState: 'published',
    })
    expect(notice?.issuedAt.slice(0, 10)).toBe('2026-03-01')
    const pdf = notice?.attachment as { sha256?: string }
    expect(pdf.sha256).toMatch(/^[0-9a-f]{64}$/)
    const text = JSON.stringify(notice)
    expect(text).toContain('赵**')
    expect(text).not.toContain('赵大勇')
    expect(text).not.toContain(REMARK)
  })

  it('matches the number as typed from paper: spaces around it, full-width digits and brackets', async () => {
    expect((await noticeByNumber(`  ${NUMBER}\t`, 'zh'))?.id).toBe(ids.main)
    // Stored in the official form, so any spelling finds a number entered in full-width brackets.
    const older = await noticeByNumber('区委发〔2024〕5号', 'zh')
    expect(older?.noticeNumber).toBe('区委发〔2024〕5号')
    expect((await noticeByNumber('区委发［２０２４］５号', 'zh'))?.id).toBe(older?.id)
  })

  it.each([
    '区委发(2026)12号',
    '区委发（2026）12号',
    '区委发[2026]12号',
    '区委发［2026］12号',
    '区委发【2026】12号',
    '区委发 〔 2026 〕 12 号',
    '区委发〔２０２６〕１２号',
  ])('finds the notice numbered 〔2026〕 when typed as %s', async (typed) => {
    expect((await noticeByNumber(typed, 'zh'))?.id).toBe(ids.main)
  })

  it('says a withdrawn notice was withdrawn, and why', async () => {
    const older = await noticeByNumber('区委发〔2024〕5号', 'zh')
    expect(older?.reviewState).toBe('withdrawn')
    expect(older?.withdrawal?.reason).toBe('名单有误。')
  })

  it('says a notice in its public-notice period is in notice, and until when', async () => {
    const endsAt = new Date(Date.now() + 86_400_000).toISOString()
    await create('commendations', 'inNotice', {
      noticeNumber: '区委发〔2026〕40号',
      assessmentYear: 2026,
      publicNotice: { state: 'in-notice', endsAt },
    })
    const notice = await noticeByNumber('区委发〔2026〕40号', 'zh')
    expect(notice?.publicNotice).toMatchObject({ state: 'in-notice', endsAt })
    expect((await noticeByNumber(NUMBER, 'zh'))?.publicNotice?.state ?? null).toBeNull()
    const { records } = await openDataChunk('zh', 2026, 1)
    expect(records.find((record) => record.noticeNumber === '区委发〔2026〕40号')).toMatchObject({
      publicNotice: 'in-notice',
      publicNoticeEndsAt: endsAt,
    })
    // The open-data tests below count this file's notices.
    await payload.delete({
      collection: 'commendations',
      id: ids.inNotice as number,
      overrideAccess: true,
    })
  })

  it('finds nothing for an unknown number, a near miss, or a draft', async () => {
    for (const number of [
      '区委发〔2026〕13号',
      '区委发〔2026〕12',
      '区委发',
      '区委发〔2026〕99号',
    ]) {
      expect(await noticeByNumber(number, 'zh'), number).toBeNull()
    }
  })
})

describe('open data', () => {
  it('CSV: UTF-8 with BOM, a header row of the documented columns, CRLF rows, RFC 4180 quoting', async () => {
    const text = await fileText('awardees.csv')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const lines = text.slice(1).split('\r\n')
    expect(lines[0]).toBe(columns.awardees.join(','))
    expect(lines.at(-1)).toBe('')
    // No cell here holds a line break, so every one is a row end, and every row end is CRLF.
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    expect(text).toContain('"带领群众，""脱贫""致富"')
  })

  it('CSV: a cell that would run as a formula is made inert with a leading apostrophe', async () => {
    const text = await fileText('awardees.csv')
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点击"")"`)
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m)
  })

  it('JSON: the documented keys, published notices only (withdrawn ones marked), no private field', async () => {
    const data = JSON.parse(await fileText('commendations.json'))
    expect(data).toMatchObject({ dataset: 'commendations', version: 1, language: 'zh', year: null })
    expect(data.records).toHaveLength(2)
    for (const record of data.records) {
      expect(Object.keys(record)).toEqual([...columns.commendations, 'awardees'])
    }
    const older = data.records.find((record: { state: string }) => record.state === 'withdrawn')
    expect(older.noticeNumber).toBe('区委发〔2024〕5号')
    const text = JSON.stringify(data)
    for (const secret of [
      '赵大勇',
      REMARK,
      '区委发〔2026〕99号',
      'remarks',
      'createdBy',
      'email',
    ]) {
      expect(text).not.toContain(secret)
    }
    const awardees = JSON.parse(await fileText('awardees.json')).records
    expect(Object.keys(awardees[0])).toEqual([...columns.awardees])
    expect(awardees.map((row: { name: string }) => row.name)).toEqual(['青山镇', '赵**', '青山镇'])
  })

  it('per year: only that assessment year, and the years on offer are those with notices', async () => {
    const csv = (await fileText('commendations-2024.csv')).split('\r\n')
    expect(csv).toHaveLength(3) // header, one notice, the final line end
    expect(csv[1]).toContain('区委发〔2024〕5号')
    expect(JSON.parse(await fileText('awardees-2025.json')).records).toHaveLength(2)
    expect(await openDataYears()).toEqual([2025, 2024])
    expect((await openDataChunk('zh', 2031, 1)).totalDocs).toBe(0)
  })
})
