// Uploaded files are served as what their bytes are, never sniffed into something else, and
// downloaded unless they are pictures or PDFs (which the site shows in place).
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { uploadResponseHeaders } from '@/lib/uploadResponseHeaders'

import { login, sendRest, uploadForm } from '../helpers/http'
import { closePayload, testPayload } from '../helpers/payload'
import { pdfFile, pngFile } from '../helpers/samples'
import { createStaff, PASSWORD } from '../helpers/staff'

let payload: Payload
let token: string

const BASE = 'http://localhost:3000/api'

const uploadAndFetch = async (
  collection: 'media' | 'documents',
  file: { data: Buffer; name: string; mimetype: string },
  fields: object,
) => {
  const body = uploadForm(file, fields)
  const created = await sendRest(
    new Request(`${BASE}/${collection}`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body,
    }),
  )
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { filename: string } }
  return sendRest(new Request(`${BASE}/${collection}/file/${doc.filename}`, { method: 'GET' }))
}

beforeAll(async () => {
  payload = await testPayload()
  const staff = await createStaff(payload)
  token = await login(staff.editor.email, PASSWORD)
})
afterAll(closePayload)

describe('uploaded files', () => {
  it('an image is served as an image with nosniff, shown in place', async () => {
    const response = await uploadAndFetch('media', await pngFile(), { alt: '图' })
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toBeNull()
    // Kept by the reader's browser for an hour, by no shared cache (only s-maxage reaches one).
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600')
  })

  it('a notice’s PDF keeps opening in the browser, fetched fresh each time', async () => {
    const response = await uploadAndFetch('documents', pdfFile(), { title: '通报' })
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toBeNull()
    expect(response.headers.get('cache-control')).toBeNull()
  })

  it.each(['text/csv', 'text/html', 'image/svg+xml', 'application/octet-stream'])(
    'anything else (%s) is downloaded',
    (type) => {
      const headers = uploadResponseHeaders({ headers: new Headers({ 'content-type': type }) })
      expect(headers.get('content-disposition')).toBe('attachment')
      expect(headers.get('x-content-type-options')).toBe('nosniff')
    },
  )
})
