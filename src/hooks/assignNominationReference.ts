// A new nomination gets its reference number here, so every nomination has one however it was
// made. A number already given is drawn again (the field is unique as well, for two saves at once).
import type { CollectionBeforeChangeHook } from 'payload'

import { newReference } from '@/participation/nominationReference'
import type { Nomination } from '@/payload-types'

const ATTEMPTS = 5

export const assignNominationReference: CollectionBeforeChangeHook<Nomination> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const reference = newReference()
    // system: a reference is unique among all nominations; the public sender may read none
    const { totalDocs } = await req.payload.count({
      collection: 'nominations',
      where: { reference: { equals: reference } },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return { ...data, reference }
  }
  throw new Error('No free nomination reference number after several draws.')
}
