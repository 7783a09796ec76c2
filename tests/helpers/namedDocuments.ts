// Documents a test file creates under a name of its own and refers to by that name afterwards
// (`ids.town`, `slugs.main`): valid sample data, published unless the test says otherwise.
import type { Payload } from 'payload'

import { sampleData, type ContentSlug, type Refs } from './samples'

export const namedDocuments = (payload: () => Payload) => {
  const ids: Record<string, number> = {}
  const slugs: Record<string, string> = {}
  /** The unit and expert that sample documents point at; set them once they exist. */
  const refs: Refs = { unit: 0, expert: 0 }

  const create = async (
    collection: ContentSlug,
    key: string,
    data: Record<string, unknown> = {},
    status: 'draft' | 'published' = 'published',
  ) => {
    const doc = await payload().create({
      collection,
      data: { ...sampleData(collection, refs), ...data, _status: status } as never,
      draft: status === 'draft',
      overrideAccess: true,
    })
    ids[key] = doc.id
    slugs[key] = String((doc as { slug?: string | null }).slug)
    return doc
  }

  const withdraw = (collection: ContentSlug, key: string, reason = '内容有误，予以撤回。') =>
    payload().update({
      collection,
      id: ids[key] as number,
      data: { reviewState: 'withdrawn', withdrawal: { reason } } as never,
      overrideAccess: true,
    })

  return { ids, slugs, refs, create, withdraw }
}
