// An editor takes in a year's assessment results from a spreadsheet: a clean file updates the
// units' grades and drafts one commendation notice; any bad row refuses the whole file, naming
// every problem by line, and leaves the database exactly as it was.
import fs from 'node:fs'
import path from 'node:path'

import { getLocalI18n, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { readHonorRollFigures } from '@/collections/Commendations/honorRollFigures'
import type { AssessmentIntake, Commendation, Unit, User } from '@/payload-types'

import { readIntakeFile } from '@/collections/AssessmentIntakes/readIntakeFile'

import { api, login } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
const units: Record<string, Unit> = {}

const GBK_SAMPLE = Buffer.from(
  'b5a5cebb2cc4eab6c82cb5c8b4ce2cc8d9d3feb3c6bac52ccac2bca3bcf2bde90acef7cfaad5f22c323032352cbacfb8f12c2c0a',
  'hex',
) // "单位,年度,等次,荣誉称号,事迹简介\n西溪镇,2025,合格,,\n" saved by Chinese Excel (GBK)

const csv = (content: string | Buffer, name = 'results.csv') => {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  return { data, mimetype: 'text/csv', name, size: data.length }
}

const HEADER = '单位,年度,等次,荣誉称号,事迹简介'

const takeIn = (
  user: User | null,
  file: ReturnType<typeof csv>,
  data: Record<string, unknown> = { assessmentYear: 2025 },
) =>
  payload.create({
    collection: 'assessment-intakes',
    data: data as never,
    file,
    overrideAccess: false,
    user,
    depth: 0,
  })

const unit = async (key: string, name: string, kind: string, category: string, grades = []) => {
  units[key] = await payload.create({
    collection: 'units',
    data: { name, kind, assessmentCategory: category, grades, _status: 'published' } as never,
    overrideAccess: true,
  })
}

const gradesOf = async (key: string) =>
  (
    await payload.findByID({ collection: 'units', id: units[key]!.id, overrideAccess: true })
  ).grades?.map(({ year, grade }) => ({ year, grade }))

const intakeFiles = () => {
  const directory = path.join(process.env.LAUREL_MEDIA_DIR!, 'intakes')
  return fs.existsSync(directory) ? fs.readdirSync(directory).length : 0
}

/** Everything an intake could write: grades, notices (and their versions), intake records. */
const everything = async () => ({
  grades: await Promise.all(Object.keys(units).map(gradesOf)),
  notices: (await payload.count({ collection: 'commendations', overrideAccess: true })).totalDocs,
  versions: (await payload.countVersions({ collection: 'commendations', overrideAccess: true }))
    .totalDocs,
  unitVersions: (await payload.countVersions({ collection: 'units', overrideAccess: true }))
    .totalDocs,
  intakes: (await payload.count({ collection: 'assessment-intakes', overrideAccess: true }))
    .totalDocs,
  files: intakeFiles(),
})

type Refusal = { status?: number; message: string; data?: { errors?: { message: string }[] } }

/** Takes in the file as the editor, expects a 400 listing exactly `expected`, and no change. */
const expectRefused = async (
  file: ReturnType<typeof csv>,
  expected: RegExp[],
  data?: Record<string, unknown>,
) => {
  const before = await everything()
  const error = (await takeIn(staff.editor, file, data).catch((caught) => caught)) as Refusal
  expect(error.status).toBe(400)
  const reported = (error.data?.errors ?? []).map((fieldError) => fieldError.message)
  expect(reported).toHaveLength(expected.length)
  expected.forEach((pattern, n) => expect(reported[n]).toMatch(pattern))
  for (const line of reported) expect(error.message).toContain(line)
  // The admin's error toast lists what follows the first colon, split at commas.
  const listed = error.message.slice(error.message.indexOf(':') + 1).split(',')
  expect(listed.map((item) => item.trim())).toEqual(reported)
  expect(await everything()).toEqual(before)
  return error
}

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  await unit('dongling', '东岭镇', 'town-office', 'key-development', [
    { year: 2024, grade: 'good' },
    { year: 2025, grade: 'good' },
  ] as never)
  await unit('xixi', '西溪镇', 'town-office', 'ecological-development')
  await unit('nanshan', '南山镇', 'town-office', 'ecological-development', [
    { year: 2025, grade: 'pass' },
  ] as never)
  await unit('beipo', '北坡镇', 'town-office', 'key-development')
  await unit('reform', '区发展改革局', 'department', 'economic', [
    { year: 2024, grade: 'excellent' },
  ] as never)
  await unit('organisation', '区委组织部', 'department', 'party-mass')
})
afterAll(closePayload)
afterEach(() => vi.restoreAllMocks())

/** Asks the server what taking in this file would change, as the admin's preview does. */
const preview = async (
  token: string | undefined,
  content: string,
  data: Record<string, unknown> = { assessmentYear: 2025 },
  language = 'zh',
) => {
  const body = new FormData()
  body.append('file', new Blob([content], { type: 'text/csv' }), 'results.csv')
  body.append('_payload', JSON.stringify(data))
  return api('POST', '/assessment-intakes/preview', {
    token,
    body,
    headers: { 'Accept-Language': language },
  })
}

const CLEAN_FILE = [
  HEADER,
  '东岭镇,2025,优秀,目标责任考核优秀单位,"全年目标任务全面完成，群众满意度居全区前列。"',
  '西溪镇,2025,good,,',
  '区发展改革局,2025,excellent,先进集体,',
  '南山镇,2025,合格,,',
].join('\n')

describe('before anything is written, the editor previews what the file will change', () => {
  it('grades added and replaced unit by unit, those unchanged, and the notice drafted', async () => {
    const token = await login(staff.editor.email, PASSWORD)
    const before = await everything()
    const { status, data } = await preview(token, CLEAN_FILE)
    expect(status).toBe(200)
    expect(data).toEqual({
      ok: true,
      rows: 4,
      added: [
        { unit: '西溪镇', grade: '良好' },
        { unit: '区发展改革局', grade: '优秀' },
      ],
      replaced: [{ unit: '东岭镇', from: '良好', to: '优秀' }],
      unchanged: 1,
      notice: { title: '关于表彰2025年度目标责任考核先进单位的通报', awardees: 2 },
    })
    expect(await everything()).toEqual(before)
  })

  it('a bad file: every problem by line, as the save would refuse it, in the admin’s language', async () => {
    const token = await login(staff.editor.email, PASSWORD)
    const bad = [HEADER, '东林镇,2025,优秀,,', '西溪镇,2024,良好,,'].join('\n')
    const { data } = await preview(token, bad)
    expect(data.ok).toBe(false)
    expect(data.problems).toEqual([
      { line: 2, message: expect.stringMatching(/^第 2 行：找不到单位“东林镇”/) },
      { line: 3, message: expect.stringMatching(/^第 3 行：年度 2024 与本次导入的考核年度 2025/) },
    ])
    const english = await preview(token, bad, { assessmentYear: 2025 }, 'en')
    expect(english.data.problems[0].message).toMatch(/^Line 2: No unit is named "东林镇"/)
  })

  it('experts and the public cannot preview; a preview without a year is refused', async () => {
    const expert = await login(staff.expert.email, PASSWORD)
    expect((await preview(expert, CLEAN_FILE)).status).toBe(403)
    expect((await preview(undefined, CLEAN_FILE)).status).toBe(403)
    const editor = await login(staff.editor.email, PASSWORD)
    const { status, data } = await preview(editor, CLEAN_FILE, {})
    expect(status).toBe(400)
    expect(data.errors[0].message).toBe('请选择 CSV 文件并填写考核年度。')
  })

  it('the template to download is a file the intake reads without a problem', async () => {
    const token = await login(staff.editor.email, PASSWORD)
    const { status, data } = await api('GET', '/assessment-intakes/template', { token })
    expect(status).toBe(200)
    const reading = readIntakeFile(new TextEncoder().encode(String(data)))
    expect(reading.problems).toEqual([])
    expect(reading.rows).toHaveLength(2)
    expect((await api('GET', '/assessment-intakes/template')).status).toBe(403)
  })
})

describe('a clean file is taken in', () => {
  let intake: AssessmentIntake
  let notice: Commendation

  it('an editor uploads a year of results: grades are written and one draft notice drafted', async () => {
    const file = csv(
      '\uFEFF' +
        [
          HEADER,
          '东岭镇,2025,优秀,目标责任考核优秀单位,"全年目标任务全面完成，群众满意度居全区前列。"',
          `${units.xixi!.slug},2025,good,,`,
          '区发展改革局,2025,excellent,先进集体,',
          '南山镇,2025,合格,,',
          ',,,,',
        ].join('\r\n'),
    )
    intake = await takeIn(staff.editor, file, {
      assessmentYear: 2025,
      notice: { noticeNumber: '区委发〔2026〕3号', issuingBody: '区委办公室' },
    })

    expect(await gradesOf('dongling')).toEqual([
      { year: 2024, grade: 'good' },
      { year: 2025, grade: 'excellent' },
    ])
    expect(await gradesOf('xixi')).toEqual([{ year: 2025, grade: 'good' }])
    expect(await gradesOf('reform')).toEqual([
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'excellent' },
    ])
    expect(await gradesOf('nanshan')).toEqual([{ year: 2025, grade: 'pass' }])

    expect(intake.uploadedBy).toBe(staff.editor.id)
    expect(intake.outcome).toMatchObject({
      rowsRead: 4,
      gradesAdded: 2,
      gradesUnchanged: 1,
      awardees: 2,
      gradesReplaced: [{ unit: units.dongling!.id, from: 'good', to: 'excellent' }],
    })
    const noticeId = intake.outcome?.commendation as number
    expect(noticeId).toBeTruthy()
    expect(intakeFiles()).toBe(1)

    notice = await payload.findByID({
      collection: 'commendations',
      id: noticeId,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: staff.editor,
    })
    expect(notice).toMatchObject({
      _status: 'draft',
      reviewState: 'draft',
      assessmentYear: 2025,
      mechanism: 'incentive',
      noticeNumber: '区委发〔2026〕3号',
      issuingBody: '区委办公室',
      title: '关于表彰2025年度目标责任考核先进单位的通报',
      summary: '表彰2025年度目标责任考核中成绩突出的2个单位。',
      createdBy: staff.editor.id,
      awardeeGroups: { keyDevelopment: true, economic: true, ecologicalDevelopment: false },
    })
    expect(
      notice.awardees.map(({ unit, honorTitle, citation }) => ({ unit, honorTitle, citation })),
    ).toEqual([
      {
        unit: units.dongling!.id,
        honorTitle: '目标责任考核优秀单位',
        citation: '全年目标任务全面完成，群众满意度居全区前列。',
      },
      { unit: units.reform!.id, honorTitle: '先进集体', citation: null },
    ])
    expect(notice.remarks?.[0]?.text).toContain('results.csv')
  })

  it('the draft is nobody else’s to see, and the honor roll counts it only once published', async () => {
    for (const user of [null, staff.expert]) {
      const { totalDocs } = await payload.find({
        collection: 'commendations',
        where: { id: { equals: notice.id } },
        overrideAccess: false,
        user,
      })
      expect(totalDocs).toBe(0)
    }
    expect((await readHonorRollFigures(payload))?.years ?? []).toEqual([])

    await payload.update({
      collection: 'commendations',
      id: notice.id,
      data: { issuedAt: '2026-03-01T00:00:00.000Z', _status: 'published' },
      overrideAccess: false,
      user: staff.editor,
    })
    const [year] = (await readHonorRollFigures(payload))?.years ?? []
    expect(year).toMatchObject({
      year: 2025,
      notices: 1,
      groups: { 'key-development': 1, economic: 1, 'ecological-development': 0 },
    })
  })

  it('an administrator takes in a file saved by Chinese Excel (GBK); no honor title, no notice', async () => {
    const before = await payload.count({ collection: 'commendations', overrideAccess: true })
    const done = await takeIn(staff.admin, csv(GBK_SAMPLE, 'gbk.csv'))
    expect(await gradesOf('xixi')).toEqual([{ year: 2025, grade: 'pass' }])
    expect(done.outcome).toMatchObject({ rowsRead: 1, awardees: 0, commendation: null })
    expect(done.outcome?.gradesReplaced).toEqual([
      expect.objectContaining({ from: 'good', to: 'pass' }),
    ])
    expect(await payload.count({ collection: 'commendations', overrideAccess: true })).toEqual(
      before,
    )
  })

  it('what the server records cannot be supplied by the uploader', async () => {
    const done = await takeIn(staff.editor, csv(`${HEADER}\n北坡镇,2026,良好,,\n`), {
      assessmentYear: 2026,
      uploadedBy: staff.admin.id,
      outcome: { rowsRead: 999, awardees: 999 },
    })
    expect(done.uploadedBy).toBe(staff.editor.id)
    expect(done.outcome).toMatchObject({ rowsRead: 1, awardees: 0 })
  })
})

describe('a file with any bad row is refused whole, every problem named by its line', () => {
  it('each kind of bad row', async () => {
    // Saving a grade on these would publish what an editor has not published yet.
    await payload.create({
      collection: 'units',
      data: { name: '草稿镇', kind: 'town-office', assessmentCategory: 'key-development' } as never,
      draft: true,
      overrideAccess: true,
    })
    const pending = await payload.create({
      collection: 'units',
      data: { name: '区统计局', kind: 'department', assessmentCategory: 'economic' } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'units',
      id: pending.id,
      data: { grades: [{ year: 2020, grade: 'pass' }] },
      draft: true,
      overrideAccess: true,
    })
    const file = csv(
      [
        'unit,year,grade,honor_title,citation',
        '东岭镇,2024,excellent,先进,',
        '东林镇,2024,good,,',
        '西溪镇,2024,stellar,,',
        '区委组织部,2023,good,,',
        '区发展改革局,20x4,good,,',
        '东岭镇,2024,good,,',
        '南山镇,2024,good,,"有事迹，没有称号"',
        '北坡镇,2024,不合格,先进,',
        ',2024,good,,',
        '东岭镇,2024',
        '草稿镇,2024,good,,',
        '区统计局,2024,good,,',
      ].join('\n'),
    )
    await expectRefused(
      file,
      [
        /^第 3 行：找不到单位“东林镇”/,
        /^第 4 行：等次“stellar”无效/,
        /^第 5 行：年度 2023 与本次导入的考核年度 2024 不一致/,
        /^第 6 行：年度“20x4”不是/,
        /^第 7 行：单位“东岭镇”已在第 2 行出现/,
        /^第 8 行：填写了事迹简介但没有荣誉称号/,
        /^第 9 行：考核等次为不合格的单位不能授予荣誉称号/,
        /^第 10 行：未填写单位/,
        /^第 11 行：该行有 2 列，表头有 5 列/,
        /^第 12 行：单位“草稿镇”有尚未发布的修改/,
        /^第 13 行：单位“区统计局”有尚未发布的修改/,
      ],
      { assessmentYear: 2024 },
    )
  })

  it('a cell spanning lines is reported at the line its row starts on', async () => {
    await expectRefused(
      csv(`${HEADER}\n东岭镇,2025,优秀,先进,"第一行\n第二行"\n东林镇,2025,良好,,\n`),
      [/^第 4 行：找不到单位“东林镇”/],
    )
  })

  it('a wrong or missing header, an empty file, a header alone, too many rows', async () => {
    await expectRefused(csv('单位,年份,等次,荣誉称号\n东岭镇,2025,优秀,先进\n'), [
      /^第 1 行：表头中的“年份”不是可识别的列/,
      /^第 1 行：表头缺少“年度”列/,
      /^第 1 行：表头缺少“事迹简介”列/,
    ])
    await expectRefused(csv(`${HEADER},单位\n`), [/^第 1 行：表头中“单位”列出现了两次/])
    await expectRefused(csv('\uFEFF\r\n\r\n'), [/^文件是空的/])
    await expectRefused(csv(`${HEADER}\n`), [/^文件只有表头/])
    const rows = Array.from({ length: 1001 }, () => '东岭镇,2025,优秀,,')
    await expectRefused(csv([HEADER, ...rows].join('\n')), [/^文件超过 1000 行/])
  })

  it('text that is neither UTF-8 nor GBK, or that is not CSV', async () => {
    await expectRefused(
      csv(Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.from([0xff, 0xff, 0x0a])])),
      [/^文件编码无法识别/],
    )
    await expectRefused(csv(`${HEADER}\n"东岭镇,2025,优秀,,\n`), [/无法按 CSV 读取/])
  })

  it('a notice number another notice already has', async () => {
    await expectRefused(
      csv(`${HEADER}\n东岭镇,2025,优秀,先进,\n`),
      [/文号“区委发〔2026〕3号”已被/],
      {
        assessmentYear: 2025,
        notice: { noticeNumber: '区委发〔2026〕3号' },
      },
    )
  })

  it('a file that is not CSV, or larger than an intake takes', async () => {
    const before = await everything()
    const text = { ...csv(`${HEADER}\n东岭镇,2025,优秀,,\n`), name: 'results.txt' }
    await expect(takeIn(staff.editor, text)).rejects.toMatchObject({ status: 400 })
    const huge = csv('x'.repeat(2 * 1024 * 1024 + 1))
    await expect(takeIn(staff.editor, huge)).rejects.toMatchObject({ status: 413 })
    expect(await everything()).toEqual(before)
  })

  it('the reasons read in English for an editor using the admin in English', async () => {
    const error = (await payload
      .create({
        collection: 'assessment-intakes',
        data: { assessmentYear: 2025 },
        file: csv(`${HEADER}\n东林镇,2025,优秀,,\n`),
        overrideAccess: false,
        user: staff.editor,
        req: { i18n: await getLocalI18n({ config: payload.config, language: 'en' }) },
      })
      .catch((caught) => caught)) as Refusal
    expect(error.message).toContain('Line 2: No unit is named "东林镇"')
  })
})

describe('a failure while writing leaves nothing behind', () => {
  const file = () =>
    csv(`${HEADER}\n东岭镇,2027,优秀,先进,\n西溪镇,2027,良好,,\n区委组织部,2027,优秀,先进,\n`)

  it('the notice cannot be saved after the grades were written', async () => {
    const before = await everything()
    const create = payload.create.bind(payload)
    vi.spyOn(payload, 'create').mockImplementation(((args: { collection: string }) =>
      args.collection === 'commendations'
        ? Promise.reject(new Error('the disk is full'))
        : create(args as never)) as never)
    await expect(takeIn(staff.editor, file(), { assessmentYear: 2027 })).rejects.toThrow(
      'the disk is full',
    )
    vi.restoreAllMocks()
    expect(await everything()).toEqual(before)
  })

  it('the second unit cannot be saved after the first was', async () => {
    const before = await everything()
    const update = payload.update.bind(payload)
    let saved = 0
    vi.spyOn(payload, 'update').mockImplementation(((args: { collection: string }) => {
      if (args.collection === 'units' && (saved += 1) === 2)
        return Promise.reject(new Error('the connection dropped'))
      return update(args as never)
    }) as never)
    await expect(takeIn(staff.editor, file(), { assessmentYear: 2027 })).rejects.toThrow(
      'the connection dropped',
    )
    vi.restoreAllMocks()
    expect(saved).toBe(2)
    expect(await everything()).toEqual(before)
  })
})

describe('who may take in results', () => {
  const file = () => csv(`${HEADER}\n北坡镇,2028,良好,,\n`)

  it('experts and the public may neither take in nor see intakes', async () => {
    const before = await everything()
    for (const user of [staff.expert, null]) {
      await expect(takeIn(user, file(), { assessmentYear: 2028 })).rejects.toMatchObject({
        status: 403,
      })
      await expect(
        payload.find({ collection: 'assessment-intakes', overrideAccess: false, user }),
      ).rejects.toMatchObject({ status: 403 })
    }
    expect(await everything()).toEqual(before)
  })

  it('an intake is a record: nobody changes it, only an administrator deletes it', async () => {
    const intake = await takeIn(staff.editor, file(), { assessmentYear: 2028 })
    const { totalDocs } = await payload.find({
      collection: 'assessment-intakes',
      overrideAccess: false,
      user: staff.admin,
    })
    expect(totalDocs).toBeGreaterThan(0)
    for (const user of [staff.editor, staff.admin]) {
      await expect(
        payload.update({
          collection: 'assessment-intakes',
          id: intake.id,
          data: { assessmentYear: 2020 },
          overrideAccess: false,
          user,
        }),
      ).rejects.toMatchObject({ status: 403 })
    }
    await expect(
      payload.delete({
        collection: 'assessment-intakes',
        id: intake.id,
        overrideAccess: false,
        user: staff.editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.delete({
      collection: 'assessment-intakes',
      id: intake.id,
      overrideAccess: false,
      user: staff.admin,
    })
    // Deleting the record undoes nothing: the grade it wrote stays.
    expect(await gradesOf('beipo')).toContainEqual({ year: 2028, grade: 'good' })
  })
})
