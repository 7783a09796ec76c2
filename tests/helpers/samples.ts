// Valid documents of every collection, for tests that need "a commendation" and do not care which.
import zlib from 'node:zlib'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { simplePdf } from '@/lib/simplePdf'

let counter = 0
const next = () => (counter += 1)

export type ContentSlug =
  'units' | 'people' | 'commendations' | 'model-stories' | 'interpretations' | 'policies'

export type Refs = { unit: number; expert: number }

export const sampleData = (collection: ContentSlug, refs: Refs): Record<string, unknown> => {
  const n = next()
  switch (collection) {
    case 'units':
      return { name: `测试镇${n}`, kind: 'town-office', assessmentCategory: 'key-development' }
    case 'people':
      return { name: `测试人${n}`, position: '镇长', unit: refs.unit, consent: true }
    case 'commendations':
      return {
        title: `关于表彰第${n}批先进单位的通报`,
        noticeNumber: `测试发〔2026〕${n}号`,
        issuingBody: '区委办公室',
        issuedAt: '2026-03-01T00:00:00.000Z',
        assessmentYear: 2025,
        mechanism: 'incentive',
        summary: '表彰考核优秀的单位。',
        awardees: [{ unit: refs.unit, honorTitle: '先进单位', citation: '工作成效突出。' }],
      }
    case 'model-stories':
      return {
        title: `典型案例${n}`,
        polarity: 'positive',
        mechanism: 'fault-tolerance',
        subject: { unit: refs.unit },
        summary: '一个值得学习的做法。',
      }
    case 'interpretations':
      return {
        title: `政策解读${n}`,
        author: refs.expert,
        mechanism: 'incentive',
        summary: '解读要点。',
      }
    case 'policies':
      return {
        title: `实施办法${n}`,
        documentNumber: `测试政〔2026〕${n}号`,
        issuingBody: '区委',
        issuedAt: '2026-01-10T00:00:00.000Z',
        effectiveFrom: '2026-02-01T00:00:00.000Z',
        status: 'in-force',
        summary: '办法要点。',
      }
  }
}

export const pngFile = async (name = 'picture.png') => {
  const data = await sharp({
    create: { width: 800, height: 600, channels: 3, background: '#a4161a' },
  })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

export const pdfFile = (name = 'notice.pdf') => {
  const data = simplePdf(['Laurel test document'])
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

/** Creates a document as the system (no access checks), published unless a draft is asked for. */
export const createAsSystem = async (
  payload: Payload,
  collection: ContentSlug,
  refs: Refs,
  status: 'draft' | 'published' = 'published',
) =>
  payload.create({
    collection,
    data: { ...sampleData(collection, refs), _status: status } as never,
    draft: status === 'draft',
    overrideAccess: true,
  })

/**
 * A one-bit greyscale PNG of any size, built by hand: 16,000 × 16,000 pixels take 31 KB, so the
 * test can send what an attacker would without drawing 256 megapixels first.
 */
export const hugePng = (width: number, height: number, name = 'huge.png') => {
  const chunk = (type: string, body: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(body.length)
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), body])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(typed))
    return Buffer.concat([length, typed, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 1 // bit depth; colour type 0 (grey), default compression, filter, no interlace
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height) // filter byte + bits, all zero
  const data = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
  return { data, mimetype: 'image/png', name, size: data.length }
}

/** A nomination form with every field a reader must fill, as the form posts it. */
export const completeNomination = {
  nomineeKind: 'person',
  nominee: '王小明',
  nomineeUnit: '青山镇人民政府',
  deeds: '连续三年带领村民修路引水，群众交口称赞。',
  nominatorName: '李群众',
  nominatorContact: 'reader@example.org',
  consent: 'yes',
}
