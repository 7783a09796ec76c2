// What every step of the demo seed shares, and its pictures: an image record with alt text in
// both languages, so Payload cuts the sizes the pages use (src/collections/Media.ts).
import type { Payload, PayloadRequest } from 'payload'

import type { Localized } from '../content/types'

// Ids are numbers on SQLite (the generated types) and strings on MongoDB; both pass through unchanged.
export type Id = number
export type Context = { payload: Payload; req: PayloadRequest; password: string }

export const options = (req: PayloadRequest) =>
  ({ req, overrideAccess: true, context: { seeding: true } }) as const

type Picture = { data: Buffer; name: string; alt: Localized }

export const createImage = async (
  { payload, req }: Context,
  { data, name, alt }: Picture,
): Promise<Id> => {
  const mimetype = name.endsWith('.png') ? 'image/png' : 'image/jpeg'
  const image = await payload.create({
    collection: 'media',
    locale: 'zh',
    data: { alt: alt.zh },
    file: { data, mimetype, name, size: data.length },
    ...options(req),
  })
  await payload.update({
    collection: 'media',
    id: image.id,
    locale: 'en',
    data: { alt: alt.en },
    ...options(req),
  })
  return image.id
}
