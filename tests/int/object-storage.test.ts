// With LAUREL_S3_* set, uploads live in the bucket, not on this machine's disk, and are served
// through the same addresses with the same read access and headers as files on disk.
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { login, sendRest, uploadForm } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { startS3, S3RVER_KEY } from '../helpers/s3'
import { pdfFile } from '../helpers/samples'
import { createStaff, PASSWORD, type Staff } from '../helpers/staff'

const BUCKET = 'laurel-test'
// Chosen before the Payload config is first imported, which reads the environment.
const port = vi.hoisted(() => {
  const chosen = 20_000 + Math.floor(Math.random() * 20_000)
  process.env.LAUREL_S3_BUCKET = 'laurel-test'
  process.env.LAUREL_S3_ENDPOINT = `http://127.0.0.1:${chosen}`
  process.env.LAUREL_S3_ACCESS_KEY_ID = 'S3RVER'
  process.env.LAUREL_S3_SECRET_ACCESS_KEY = 'S3RVER'
  return chosen
})

const BASE = 'http://localhost:3000/api'

let payload: Payload
let staff: Staff
let token: string
let s3: Awaited<ReturnType<typeof startS3>>

const onDisk = (folder: string) => {
  const directory = path.join(process.env.LAUREL_MEDIA_DIR!, folder)
  return fs.existsSync(directory) ? fs.readdirSync(directory) : []
}

const get = (url: string, bearer?: string) =>
  sendRest(
    new Request(`${BASE}${url}`, {
      method: 'GET',
      headers: bearer ? { authorization: `JWT ${bearer}` } : {},
    }),
  )

beforeAll(async () => {
  expect(process.env.LAUREL_S3_ACCESS_KEY_ID).toBe(S3RVER_KEY)
  s3 = await startS3(port, BUCKET)
  payload = await testPayload()
  staff = await createStaff(payload)
  token = await login(staff.editor.email, PASSWORD)
})
afterAll(async () => {
  await closePayload()
  await s3?.stop()
})

describe('uploads in object storage', () => {
  it('a PDF goes to the bucket, not the disk, and is served as before', async () => {
    const file = pdfFile('bucket-notice.pdf')
    const created = await sendRest(
      new Request(`${BASE}/documents`, {
        method: 'POST',
        headers: { authorization: `JWT ${token}` },
        body: uploadForm(file, { title: '桶中通报' }),
      }),
    )
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; filename: string } }

    expect(await s3.keys('documents/')).toEqual([`documents/${doc.filename}`])
    expect((await s3.bytes(`documents/${doc.filename}`)).equals(file.data)).toBe(true)
    expect(onDisk('documents')).toEqual([])

    const served = await get(`/documents/file/${doc.filename}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await served.arrayBuffer()).equals(file.data)).toBe(true)

    // Deleting the document leaves nothing behind in the bucket.
    const deleted = await sendRest(
      new Request(`${BASE}/documents/${doc.id}`, {
        method: 'DELETE',
        headers: { authorization: `JWT ${token}` },
      }),
    )
    expect(deleted.status).toBe(200)
    expect(await s3.keys('documents/')).toEqual([])
  })

  it('a private upload keeps its read access: editors only', async () => {
    await payload.create({
      collection: 'units',
      data: {
        name: '西溪镇',
        kind: 'town-office',
        assessmentCategory: 'ecological-development',
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    const data = Buffer.from('单位,年度,等次,荣誉称号,事迹简介\n西溪镇,2025,合格,,\n', 'utf8')
    const intake = await payload.create({
      collection: 'assessment-intakes',
      data: { assessmentYear: 2025 } as never,
      file: { data, mimetype: 'text/csv', name: 'results.csv', size: data.length },
      overrideAccess: false,
      user: staff.editor,
      depth: 0,
    })
    const key = `intakes/${intake.filename}`
    expect(await s3.keys('intakes/')).toEqual([key])
    expect(onDisk('intakes')).toEqual([])

    const address = `/assessment-intakes/file/${intake.filename}`
    expect((await get(address)).status).toBe(403)
    expect((await get(address, await login(staff.expert.email, PASSWORD))).status).toBe(403)
    const forEditor = await get(address, token)
    expect(forEditor.status).toBe(200)
    expect(forEditor.headers.get('content-disposition')).toBe('attachment')
    expect(Buffer.from(await forEditor.arrayBuffer()).equals(data)).toBe(true)
  })
})
