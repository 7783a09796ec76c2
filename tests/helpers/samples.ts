// Valid documents of every collection, for tests that need "a commendation" and do not care which.
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
