// Bad input is refused with a 4xx answer that names the field, and nothing is written.
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login, uploadForm } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import {
  createAsSystem,
  hugePng,
  pdfFile,
  pngFile,
  type Refs,
  sampleData,
} from '../helpers/samples'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

let payload: Payload
let staff: Staff
let refs: Refs
let token: string

type Collection = 'units' | 'commendations' | 'policies' | 'interpretations' | 'media' | 'documents'

const count = async (collection: Collection) =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs
const fieldPaths = (data: Record<string, unknown>): string[] => {
  const [error] = (data.errors ?? []) as { data?: { errors?: { path: string }[] } }[]
  return (error?.data?.errors ?? []).map((fieldError) => fieldError.path)
}

/** Publishes `data` as an editor and expects a 400 naming `field`, with nothing written. */
const expectRefused = async (
  collection: Collection,
  data: Record<string, unknown>,
  field: string,
) => {
  const before = await count(collection)
  const response = await api('POST', `/${collection}`, {
    token,
    json: { ...data, _status: 'published' },
  })
  expect(response.status).toBe(400)
  expect(fieldPaths(response.data)).toContain(field)
  expect(JSON.stringify(response.data)).not.toMatch(/stack|SQLITE|at \//)
  expect(await count(collection)).toBe(before)
}

const upload = async (
  collection: 'media' | 'documents',
  file: { data: Buffer; name: string; mimetype: string },
  fields: object,
) => api('POST', `/${collection}`, { token, body: uploadForm(file, fields) })

const uploadedFiles = (kind: 'images' | 'documents') => {
  const directory = path.join(process.env.LAUREL_MEDIA_DIR!, kind)
  return fs.existsSync(directory) ? fs.readdirSync(directory).length : 0
}

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  const unit = await createAsSystem(payload, 'units', { unit: 0, expert: staff.expert.id })
  refs = { unit: unit.id, expert: staff.expert.id }
  token = await login(staff.editor.email, PASSWORD)
})
afterAll(closePayload)

describe('content that does not make sense is refused', () => {
  it('a notice without a title', async () => {
    const { title: _title, ...rest } = sampleData('commendations', refs)
    await expectRefused('commendations', rest, 'title')
  })

  it('a unit whose assessment category belongs to the other kind', async () => {
    await expectRefused(
      'units',
      { name: '错配镇', kind: 'town-office', assessmentCategory: 'economic' },
      'assessmentCategory',
    )
    await expectRefused(
      'units',
      { name: '错配局', kind: 'department', assessmentCategory: 'key-development' },
      'assessmentCategory',
    )
  })

  it('a unit graded twice for one year, or with an unknown grade', async () => {
    const unit = {
      name: '重复镇',
      kind: 'town-office',
      assessmentCategory: 'ecological-development',
    }
    await expectRefused(
      'units',
      {
        ...unit,
        grades: [
          { year: 2025, grade: 'good' },
          { year: 2025, grade: 'pass' },
        ],
      },
      'grades',
    )
    await expectRefused(
      'units',
      { ...unit, grades: [{ year: 2025, grade: 'stellar' }] },
      'grades.0.grade',
    )
  })

  it('a notice number that is already taken', async () => {
    const first = sampleData('commendations', refs)
    const created = await api('POST', '/commendations', {
      token,
      json: { ...first, _status: 'published' },
    })
    expect(created.status).toBe(201)
    await expectRefused(
      'commendations',
      { ...sampleData('commendations', refs), noticeNumber: first.noticeNumber },
      'noticeNumber',
    )
  })

  it('an awardee who is both a unit and a person, or neither', async () => {
    const person = await createAsSystem(payload, 'people', refs)
    const both = {
      ...sampleData('commendations', refs),
      awardees: [{ unit: refs.unit, person: person.id, honorTitle: '先进' }],
    }
    await expectRefused('commendations', both, 'awardees.0.unit')
    const neither = { ...sampleData('commendations', refs), awardees: [{ honorTitle: '先进' }] }
    await expectRefused('commendations', neither, 'awardees.0.person')
  })

  it('a notice with no awardees, an unknown mechanism, or an impossible year', async () => {
    await expectRefused(
      'commendations',
      { ...sampleData('commendations', refs), awardees: [] },
      'awardees',
    )
    await expectRefused(
      'commendations',
      { ...sampleData('commendations', refs), mechanism: 'luck' },
      'mechanism',
    )
    await expectRefused(
      'commendations',
      { ...sampleData('commendations', refs), assessmentYear: 1899 },
      'assessmentYear',
    )
  })

  it('a policy that takes effect before it is issued', async () => {
    const policy = { ...sampleData('policies', refs), effectiveFrom: '2025-12-31T00:00:00.000Z' }
    await expectRefused('policies', policy, 'effectiveFrom')
  })

  it('an interpretation whose author is not an expert', async () => {
    const article = { ...sampleData('interpretations', refs), author: staff.editor.id }
    await expectRefused('interpretations', article, 'author')
  })

  it('malformed JSON gets a 400, not a crash', async () => {
    const before = await count('commendations')
    const response = await api('POST', '/commendations', {
      token,
      body: '{"title": ' as unknown as FormData,
      headers: { 'Content-Type': 'application/json' },
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await count('commendations')).toBe(before)
  })
})

describe('uploads are checked by what they contain, not what they are called', () => {
  it('a real image is accepted and resized', async () => {
    const { status, data } = await upload('media', await pngFile('emblem.png'), { alt: '徽标' })
    expect(status).toBe(201)
    expect(data.doc.sizes.thumbnail.filename).toMatch(/\.webp$/)
  })

  it.each([
    ['a PDF named .png', () => pdfFile('photo.png'), 'image/png'],
    [
      'a text file named .jpg',
      () => ({ data: Buffer.from('<html>not a picture</html>'), name: 'photo.jpg' }),
      'image/jpeg',
    ],
  ])('media refuses %s', async (_case, makeFile, mimetype) => {
    const before = [await count('media'), uploadedFiles('images')]
    const { status, data } = await upload('media', { ...makeFile(), mimetype }, { alt: '伪装' })
    expect(status).toBe(400)
    expect(fieldPaths(data)).toContain('file')
    expect([await count('media'), uploadedFiles('images')]).toEqual(before)
  })

  it('media refuses a 16,000 × 16,000 PNG (256 megapixels in 31 KB) with 400, writing nothing', async () => {
    const before = [await count('media'), uploadedFiles('images')]
    const huge = hugePng(16_000, 16_000)
    expect(huge.data.length).toBeLessThan(64 * 1024)
    const { status, data } = await upload('media', huge, { alt: '超大图片' })
    expect(status).toBe(400)
    expect(JSON.stringify(data)).toContain('16000 × 16000')
    expect([await count('media'), uploadedFiles('images')]).toEqual(before)
  })

  it('media refuses an image without alt text', async () => {
    const before = await count('media')
    const { status, data } = await upload('media', await pngFile(), {})
    expect(status).toBe(400)
    expect(fieldPaths(data)).toContain('alt')
    expect(await count('media')).toBe(before)
  })

  it('documents refuse an image named .pdf', async () => {
    const before = [await count('documents'), uploadedFiles('documents')]
    const image = await pngFile('notice.pdf')
    const { status, data } = await upload(
      'documents',
      { ...image, mimetype: 'application/pdf' },
      { title: '伪装' },
    )
    expect(status).toBe(400)
    expect(fieldPaths(data)).toContain('file')
    expect([await count('documents'), uploadedFiles('documents')]).toEqual(before)
  })

  it('documents store the SHA-256 of a real PDF', async () => {
    const file = pdfFile()
    const { status, data } = await upload('documents', file, {
      title: '通报原件',
      sha256: 'forged',
    })
    expect(status).toBe(201)
    const { createHash } = await import('node:crypto')
    expect(data.doc.sha256).toBe(createHash('sha256').update(file.data).digest('hex'))
  })

  it.each([
    ['media', 11 * 1024 * 1024, 'image.png', 'image/png'],
    ['documents', 21 * 1024 * 1024, 'big.pdf', 'application/pdf'],
  ] as const)('%s answers 413 to a file of %i bytes', async (collection, size, name, mimetype) => {
    const before = await count(collection)
    const { status } = await upload(
      collection,
      { data: Buffer.alloc(size, 1), name, mimetype },
      { alt: 'x', title: 'x' },
    )
    expect(status).toBe(413)
    expect(await count(collection)).toBe(before)
  })
})
