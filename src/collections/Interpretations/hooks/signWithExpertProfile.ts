import type { CollectionBeforeChangeHook } from 'payload'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : value

/**
 * An interpretation without a byline is signed with the public profile linked to its author's
 * account, so an expert never has to pick their own name.
 */
export const signWithExpertProfile: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
}) => {
  if (data.expert ?? originalDoc?.expert) return data
  const author = idOf(data.author ?? originalDoc?.author)
  if (!author) return data
  // system: the expert writing may not read experts' accounts; finding their own profile is not
  // a disclosure.
  const { docs } = await req.payload.find({
    collection: 'experts',
    where: { account: { equals: author } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: {},
    req,
    overrideAccess: true,
  })
  return docs[0] ? { ...data, expert: docs[0].id } : data
}
